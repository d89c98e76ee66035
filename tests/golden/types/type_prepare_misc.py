# type machinery odds: __prepare__ defaults, type.__call__ direct use, __qualname__ in class body, type(name) argument checks
print(type.__prepare__(), type(type.__prepare__("X", ())).__name__, type.__prepare__("X", (), extra=1))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
print(A.injected, A.x, type(A).__name__)
class B(A):
    pass
class Q:
    inner_qual = __qualname__
    class Inner:
        inner_qual = __qualname__
print(Q.inner_qual, Q.Inner.inner_qual, Q.__qualname__, Q.Inner.__qualname__)
print(type.__call__(int, "7"), type.__new__(type, "T", (), {}).__name__, type.__init__(A, "A", (), {}) is None)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: type.__new__(int, "T", (), {}))
t(lambda: type.__new__(type, "T"))
t(lambda: type.__call__(5))
t(lambda: type.__prepare__(1, 2, 3))
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
def make_bad():
    class X(metaclass=BadPrepare):
        pass
t(make_bad)
