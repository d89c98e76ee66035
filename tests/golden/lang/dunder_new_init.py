# __new__ and __init__: custom allocation, immutable subclasses, __init__ skipped when __new__ returns another type
class Tracked:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('__init__', args)
        self.args = args
t = Tracked(1, 2)
print(t.args)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('shout')
print(u, type(u).__name__, u + '!', isinstance(u, str), len(u))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
p = Positive(5)
print(p, p + 1, type(p + 1).__name__, repr(p), Positive.__mro__[1].__name__)
try:
    Positive(-1)
except ValueError as e:
    print(e)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print('init runs each time for', key)
print(Cached('a') is Cached('a'), Cached('a') is Cached('b'))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
pt = Point(3, 4)
print(pt, pt.x, pt.y, pt == (3, 4), len(pt))
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
