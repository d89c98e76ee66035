# descriptors: data vs non-data precedence over the instance dict, __get__ on class access, __delete__
class Data:
    def __get__(self, obj, objtype=None):
        return 'data descriptor' if obj is not None else f'class access on {objtype.__name__}'
    def __set__(self, obj, value):
        print('Data.__set__', value)
        obj.__dict__['d'] = value
    def __delete__(self, obj):
        print('Data.__delete__')
class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data descriptor'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, c.n, C.d)
c.__dict__['d'] = 'instance dict d'
c.__dict__['n'] = 'instance dict n'
print(c.d, c.n)
c.d = 'assigned'
del c.d
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}')
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = 'ann'
p.age = 30
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print(e)
class Method:
    def f(self): return 'method'
m = Method()
print(Method.__dict__['f'].__get__(m)(), Method.f.__get__(m, Method)(), type(Method.__dict__['f'].__get__(None, Method)).__name__)
class OnlySet:
    def __set__(self, obj, v): print('OnlySet.__set__', v)
class D2:
    s = OnlySet()
d2 = D2()
d2.s = 5
print(type(d2.s).__name__)
d2.__dict__['s'] = 'shadow?'
print(type(d2.s).__name__)
class ClassLevel:
    def __get__(self, obj, objtype): return 'got from type'
class Meta(type):
    attr = ClassLevel()
class WithMeta(metaclass=Meta): pass
print(WithMeta.attr)
