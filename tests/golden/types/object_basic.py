# object(): default dunder methods, comparison fallbacks, __init_subclass__, __format__, attribute errors
o = object()
print(type(o).__name__, object.__name__, object.__bases__, object.__mro__, type(object).__name__)
print(o == o, o != o, o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o), o.__hash__() == hash(o), bool(o))
print(format(o, "")[:8] == str(o)[:8], o.__sizeof__() > 0, o.__class__ is object)
print(sorted(m for m in dir(o)))
class P:
    pass
p = P()
p.x = 1
print(p.__dict__, vars(p), P.__dict__["__module__"], p.__class__.__name__, type(P.__dict__).__name__)
print(object.__init__(p) is None, object.__new__(P).__class__.__name__, p.__getstate__())
class Q:
    __slots__ = ("a",)
q = Q(); q.a = 1
print(q.a, hasattr(q, "__dict__"), Q.__slots__, type(Q.a).__name__, q.__getstate__())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: object(1))
t(lambda: object(x=1))
t(lambda: P(1))
t(lambda: o < o)
t(lambda: o.x)
t(lambda: setattr(o, "x", 1))
t(lambda: setattr(q, "b", 1))
t(lambda: format(o, "x"))
t(lambda: format(p, ">10"))
t(lambda: object.__new__(5))
t(lambda: object.__new__(int))
t(lambda: object.__init__(p, 1))
t(lambda: setattr(object, "x", 1))
t(lambda: setattr(P, "__name__", 5))
t(lambda: delattr(p, "nope"))
t(lambda: q.a if delattr(q, "a") is None else 0)
class Meta(type):
    pass
class WithInit:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(WithInit, flag=True):
    pass
t(lambda: type("Bad", (object,), {}, extra=1))
class Plain:
    pass
t(lambda: type("Bad2", (Plain,), {}, **{"kw": 1}))
