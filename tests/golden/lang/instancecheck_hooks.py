# __instancecheck__ and __subclasscheck__ on metaclasses, isinstance with tuples and unions, __class__ assignment
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    def quack(self): return 'beep'
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(3, int | str), isinstance('s', int | None), isinstance(None, int | None), int | str)
print(issubclass(bool, int | float), isinstance(1, (float, (str, (int,)))))
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
try:
    obj.__class__ = int
except TypeError as e:
    print(e)
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(isinstance(f, int), type(f).__name__, f.__class__.__name__)
