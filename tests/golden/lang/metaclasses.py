# metaclasses: type as factory, custom metaclass __new__/__init__/__call__, class keywords, metaclass inheritance
Point = type('Point', (), {'x': 0, 'show': lambda self: f'Point({self.x})'})
p = Point()
print(p.show(), type(Point).__name__, Point.__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kwargs)
        ns['added_by_meta'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)
class Model(metaclass=Meta, flag=True):
    field = 1
    def method(self): pass
    def __init__(self, v=None):
        print('Model.__init__', v)
m = Model(5)
print(Model.added_by_meta, type(Model).__name__, isinstance(Model, Meta))
class Sub(Model):
    pass
print(type(Sub).__name__, Sub.added_by_meta)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print(e)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class One(metaclass=Singleton): pass
print(One() is One())
def func_meta(name, bases, ns):
    return f'class {name} replaced by a string'
class Weird(metaclass=func_meta): pass
print(Weird)
print(type(3), type(type), type(object), type.__mro__)
try:
    type('X', (), {}, extra=1)
except TypeError as e:
    print(e)
try:
    type('a', 'b')
except TypeError as e:
    print(e)
