# class decorators: adding methods, registering, wrapping, replacing the class; decorator order
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def tag(label):
    def deco(cls):
        print('tagging', cls.__name__, label)
        cls.label = label
        return cls
    return deco
@register
@add_repr
@tag('first')
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 'a'), Point.label, registry)
def singleton(cls):
    return cls()
@singleton
class Config:
    debug = True
print(type(Config).__name__, Config.debug)
def counted(cls):
    original = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@counted
class Thing:
    def __init__(self, n): self.n = n
Thing(1); Thing(2)
print(Thing.instances)
