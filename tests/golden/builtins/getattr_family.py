# getattr/setattr/hasattr/delattr with defaults, properties, __getattr__, __setattr__, __delattr__ and errors
class C:
    cls_attr = "class"
    def __init__(self): self.x = 1
    @property
    def prop(self): return "property"
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "prop"), getattr(c, "missing", "default"), getattr(C, "cls_attr"))
setattr(c, "y", 2); setattr(C, "new_cls", 3)
print(c.y, c.new_cls, hasattr(c, "y"), hasattr(c, "zzz"), hasattr(C, "new_cls"), hasattr(c, "prop"))
delattr(c, "y"); print(hasattr(c, "y"))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name.upper()
        raise AttributeError(name)
    def __setattr__(self, name, value):
        print("setting", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
d = Dyn()
print(getattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", None))
setattr(d, "a", 1); d.b = 2; delattr(d, "a"); del d.b; print(d.a, d.b)
class Broken:
    @property
    def p(self): raise ValueError("not an AttributeError")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: hasattr(Broken(), "p"))
t(lambda: getattr(Broken(), "p", "default"))
t(lambda: getattr(c, "nope"))
t(lambda: getattr(C, "nope"))
t(lambda: getattr(c, 5))
t(lambda: getattr(c))
t(lambda: getattr(c, "a", "b", "c"))
t(lambda: setattr(c, 5, 1))
t(lambda: setattr(c, "a"))
t(lambda: delattr(c, "nope"))
t(lambda: delattr(c, "prop"))
t(lambda: hasattr(c, None))
t(lambda: setattr(1, "x", 1))
t(lambda: delattr(C, "nope"))
t(lambda: getattr(c, "x\x00"))
class S(str):
    pass
print(getattr(c, S("x")), hasattr(c, S("cls_attr")))
