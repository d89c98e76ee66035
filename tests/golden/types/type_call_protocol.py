# type.__call__ protocol: __new__ and __init__ interplay, __new__ returning other types, __init__ return value errors
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("A.__init__", args)
a = A(1, 2)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other(), type(Other()).__name__)
class Sub(A):
    pass
s = Sub("x")
class ReturnsSubInstance:
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("init on", type(self).__name__)
class Child(ReturnsSubInstance):
    pass
print(type(ReturnsSubInstance()).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(5).x)
class OnlyInit:
    def __init__(self, x): self.x = x
print(OnlyInit(6).x)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
class BadInit:
    def __init__(self): return 5
t(lambda: BadInit())
t(lambda: OnlyNew())
t(lambda: OnlyInit())
t(lambda: OnlyInit(1, 2))
class NewTakesNone:
    def __new__(cls): return super().__new__(cls)
t(lambda: NewTakesNone(1))
class NoNew:
    __new__ = None
t(lambda: NoNew())
class NoCall(type):
    __call__ = None
t(lambda: NoCall("X", (), {})())
