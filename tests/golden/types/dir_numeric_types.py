# complete dir() listings of the numeric builtin types (int, bool, float, complex): every dunder and method name
for cls in (int, bool, float, complex):
    names = dir(cls)
    print(cls.__name__, len(names))
    print([n for n in names if n.startswith("__")])
    print([n for n in names if not n.startswith("__")])
print(sorted(set(dir(bool)) - set(dir(int))), sorted(set(dir(int)) - set(dir(bool))))
print(sorted(set(dir(float)) ^ set(dir(int))))
print(sorted(set(dir(complex)) - set(dir(float))))
print(sorted(set(dir(object)) - set(dir(int))))
print(hasattr(int, "__trunc__"), hasattr(float, "__floor__"), hasattr(complex, "__round__"), hasattr(complex, "__int__"))
print(hasattr(int, "__getnewargs__"), hasattr(float, "__getformat__"), hasattr(int, "__sizeof__"), hasattr(float, "__set_format__"))
