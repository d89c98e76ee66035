# globals(), locals() and vars(): module vs function scopes, writes through globals(), vars of objects, errors
g = globals()
print(type(g).__name__, g["__name__"], "g" in g, g is globals(), g.get("__builtins__") is not None)
g["created_via_globals"] = 42
print(created_via_globals)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g2():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    return sorted(l1), sorted(l2)
print(g2())
def closure():
    free = "free"
    def inner():
        return sorted(locals().items()), free
    return inner()
print(closure())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith("__"))
print(K.b, sorted(k for k in vars(K) if not k.startswith("__")))
class O:
    def __init__(self): self.p = 1; self.q = 2
o = O()
print(vars(o), vars(o) is o.__dict__, type(vars(K)).__name__)
vars(o)["r"] = 3; print(o.r)
print(locals() is globals(), sorted(k for k in vars() if k in ("g", "f", "o")))
def t(h):
    try:
        print(repr(h()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: vars(1))
t(lambda: vars([]))
t(lambda: vars(o, o))
t(lambda: globals(1))
t(lambda: locals(1))
class Slotted:
    __slots__ = ("x",)
t(lambda: vars(Slotted()))
