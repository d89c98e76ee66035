# type: type(obj), type(name, bases, dict), __name__/__qualname__/__module__/__doc__, __bases__, __mro__, __dict__
print(type(1), type("a"), type([]), type(type), type(object), type(None), type(len), type(lambda: 0))
X = type("X", (), {"a": 1, "f": lambda self: "f called", "__doc__": "X doc"})
x = X()
print(X, X.__name__, X.__qualname__, X.__module__, X.__doc__, X.a, x.f(), X.__bases__, X.__mro__)
Y = type("Y", (X, list), {"__module__": "custom.mod"})
print(Y, Y.__mro__, Y.__base__, Y.__module__, isinstance(Y(), list), Y().f(), Y([1, 2]))
class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.__name__, repr(Outer.Inner), Outer.__module__)
Outer.Inner.__name__ = "Renamed"; Outer.Inner.__qualname__ = "Q.Renamed"
print(Outer.Inner, Outer.Inner.__name__, Outer.Inner.__module__)
Outer.__module__ = "elsewhere"; print(Outer, Outer.__doc__)
print(sorted(k for k in X.__dict__ if not k.startswith("__")), type(X.__dict__).__name__, "a" in X.__dict__, X.__dict__["a"])
print(int.__base__, bool.__base__, object.__base__, type.__base__, type.__mro__, Y.__bases__)
print(type.__name__, type.__qualname__, type(X) is type, X.__class__, type.__call__(X).f())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type("A", (), {}, 4))
t(lambda: type(5, (), {}))
t(lambda: type("A", 5, {}))
t(lambda: type("A", (), 5))
t(lambda: type("A", (5,), {}))
t(lambda: type("A", (int, str), {}))
t(lambda: type("A", (bool,), {}))
t(lambda: setattr(int, "x", 1))
t(lambda: setattr(X, "__name__", 5))
t(lambda: setattr(X, "__qualname__", 5))
t(lambda: setattr(X, "__bases__", (int,)))
t(lambda: delattr(X, "nope"))
t(lambda: X.nope)
t(lambda: type("A\x00", (), {}))
t(lambda: setattr(X, "__name__", "a\x00b"))
t(lambda: type("A", (X, X), {}))
