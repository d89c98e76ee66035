# getattr/hasattr on dunder and special attributes of builtin objects, types and functions
import sys
def f(a, b=1):
    "doc"
for obj, names in ((1, ["__class__", "__doc__", "real", "numerator", "__abs__"]), ("s", ["__len__", "upper", "__mod__"]),
                   (int, ["__name__", "__qualname__", "__module__", "__mro__", "__bases__", "__base__", "__dict__"]),
                   (f, ["__name__", "__defaults__", "__code__", "__globals__", "__closure__", "__wrapped__", "__kwdefaults__"]),
                   (sys, ["__name__", "__doc__", "__package__", "maxsize"]), (None, ["__bool__", "__class__", "__eq__"])):
    row = []
    for n in names:
        has = hasattr(obj, n)
        v = getattr(obj, n, "<missing>")
        row.append((n, has, type(v).__name__))
    print(type(obj).__name__, row)
print(getattr(int, "__name__"), getattr(f, "__name__"), getattr(f, "__defaults__"), getattr(1, "__class__").__name__, getattr(sys, "__name__"))
print(getattr(getattr(int, "__add__"), "__name__"), getattr(str, "join").__qualname__, getattr(type, "__call__").__objclass__.__name__)
class C:
    def __getattribute__(self, name):
        if name == "magic":
            return "from __getattribute__"
        return object.__getattribute__(self, name)
print(getattr(C(), "magic"), hasattr(C(), "nope"), getattr(C(), "__class__").__name__)
