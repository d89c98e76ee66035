# property: getter/setter/deleter, decorators, doc, fget/fset/fdel, copies, errors for missing accessors
class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting x"); self._x = None
    ro = property(lambda self: "read only")
    def _get(self): return "old style"
    old = property(_get, None, None, "old doc")
c = C()
c.x = 5; print(c.x, C.x.__doc__, C.old.__doc__, C.ro.__doc__, c.ro, c.old)
del c.x; print(c.x)
p = C.x
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, C.ro.fset, p.__get__(None, C) is p, p.__get__(c))
q = property()
print(q.fget, q.fset, q.fdel, q.__doc__)
q2 = q.getter(lambda s: 1)
print(q2 is q, q2.fget is not None, q.fget)
class D:
    val = property(doc="only doc")
print(D.val.__doc__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: setattr(c, "ro", 1))
t(lambda: delattr(c, "ro"))
t(lambda: D().val)
t(lambda: setattr(D(), "val", 1))
t(lambda: delattr(D(), "val"))
t(lambda: property(1)(None) if False else property(fget=1).__get__(c))
t(lambda: setattr(p, "fget", None))
class Raiser:
    @property
    def bad(self):
        raise AttributeError("inner attribute problem")
    def __getattr__(self, name):
        return "fallback for " + name
print(Raiser().bad)
class Sub(C):
    @C.x.getter
    def x(self): return "sub " + str(self._x)
s = Sub(); s.x = 4; print(s.x, C().x, Sub.x.fset is C.x.fset)
print(property.__name__, property.__mro__, isinstance(C.x, property))
