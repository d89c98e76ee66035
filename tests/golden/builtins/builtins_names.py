# the public names of the builtins module (as a sorted list) and the kinds of objects bound to them
import builtins
names = sorted(n for n in dir(builtins) if not n.startswith("_"))
print(len(names))
print([n for n in names if isinstance(getattr(builtins, n), type) and not issubclass(getattr(builtins, n), BaseException)])
print([n for n in names if type(getattr(builtins, n)).__name__ == "builtin_function_or_method"])
print([n for n in names if not isinstance(getattr(builtins, n), type) and type(getattr(builtins, n)).__name__ != "builtin_function_or_method"])
print(builtins.True_ if hasattr(builtins, "True_") else builtins.None_ if hasattr(builtins, "None_") else "no True_/None_")
print(builtins.__name__, builtins.len is len, builtins.__dict__ is vars(builtins), "__import__" in dir(builtins), "__build_class__" in dir(builtins))
print(__builtins__ is builtins, builtins.__doc__ is not None)
builtins.custom_global = "added to builtins"
print(custom_global)
del builtins.custom_global
try:
    custom_global
except NameError as e:
    print("NameError:", e)
