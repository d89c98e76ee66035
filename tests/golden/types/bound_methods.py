# bound methods: __self__, __func__, __name__, __qualname__, equality, calling via class, attribute forwarding
class C:
    def m(self, x=1):
        "doc of m"
        return (self.v, x)
    def __init__(self, v): self.v = v
    def __repr__(self): return "C(%r)" % self.v
    def __eq__(self, o): return isinstance(o, C) and o.v == self.v
    __hash__ = object.__hash__
a, b = C(1), C(1)
bm = a.m
print(bm(), bm(5), bm.__self__, bm.__func__ is C.m, bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__)
print(C.m(a, 7), type(bm).__name__, type(C.m).__name__, callable(bm), bm.__func__.__name__)
print(a.m == a.m, a.m is a.m, a.m == b.m, a.m != C(2).m, a.m == C.m, hash(a.m) == hash(a.m))
C.m.tag = "tagged"
print(bm.tag, getattr(bm, "__defaults__"), bm.__code__.co_name)
def free(self): return "free " + repr(self)
a.attr_func = free
print(a.attr_func is free, C.__dict__["m"] is C.m)
C.free = free
print(a.free(), b.free(), type(a.free).__name__)
meth = [].append
print(meth.__self__, meth.__name__, meth.__qualname__, type(meth).__name__, (1).__add__.__self__, "x".upper.__qualname__)
print([].append == [].append, meth == meth, str.upper.__name__, str.upper.__objclass__, type(str.upper).__name__, type(str.__add__).__name__)
print(type(int.__dict__["from_bytes"]).__name__, type(int.from_bytes).__name__, int.from_bytes.__self__, type(len).__name__, len.__self__.__name__)
print(len.__name__, len.__qualname__, len.__module__, abs.__name__, repr(len), repr(str.upper), repr(int.__add__))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: setattr(bm, "tag2", 1))
t(lambda: setattr(bm, "__self__", 1))
t(lambda: bm(1, 2))
t(lambda: C.m())
t(lambda: bm.nope)
t(lambda: str.upper(1))
t(lambda: str.upper())
t(lambda: int.__add__(1, "a"))
t(lambda: list.append([], 1, 2))
