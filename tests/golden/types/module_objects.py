# module objects: creation via type(sys), attributes, __dict__, repr, __getattr__ hook, dir, errors
import sys
ModuleType = type(sys)
m = ModuleType("mymod")
print(m, repr(m), m.__name__, m.__doc__, sorted(m.__dict__), type(m).__name__, ModuleType.__name__)
m2 = ModuleType("other", "the doc")
print(m2.__doc__, m2.__spec__, m2.__loader__, m2.__package__)
m.x = 5
m.__dict__["y"] = 6
print(m.x, m.y, sorted(k for k in vars(m) if not k.startswith("__")), "x" in dir(m))
def module_getattr(name):
    if name == "dynamic":
        return "from __getattr__"
    raise AttributeError(f"module 'mymod' has no attribute {name!r}")
m.__getattr__ = module_getattr
print(m.dynamic, getattr(m, "missing", "default"), hasattr(m, "dynamic"))
print(sys.__name__, type(sys.modules).__name__, "sys" in sys.modules, sys.modules["__main__"].__name__, __name__)
print(isinstance(sys, ModuleType), __builtins__.__name__ if isinstance(__builtins__, ModuleType) else "dict")
this = sys.modules[__name__]
print(this.ModuleType is ModuleType, this.__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: ModuleType())
t(lambda: ModuleType(5))
t(lambda: m2.nope)
t(lambda: sys.nope)
t(lambda: delattr(m2, "nope"))
t(lambda: setattr(m, "__dict__", {}))
del m.x
t(lambda: m.x)
m3 = ModuleType("m3")
del m3.__name__
t(lambda: m3.nope)
print(repr(m3))
