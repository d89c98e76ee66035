# vars() and dir() of modules and the main namespace: vars() at module level is globals(), keys order, dunder entries
import sys
a_global = 1
def func():
    pass
class Klass:
    pass
names = [k for k in vars()]
print(names[:7])
print([k for k in vars() if not k.startswith("__")])
print(vars() is globals(), sorted(k for k in dir() if not k.startswith("__")), "__builtins__" in dir())
print(sorted(k for k in vars(sys) if k in ("argv", "path", "modules", "maxsize", "version_info", "stdout")))
print([k for k in dir(sys) if k in ("argv", "exit", "modules")], dir(sys) == sorted(dir(sys)))
main = sys.modules["__main__"]
print(vars(main) is globals(), main.a_global, sorted(k for k in vars(main) if not k.startswith("__"))[:5])
print(__name__, __doc__, __spec__, __package__, __file__.endswith("vars_dir_module.py"))
print(__builtins__.__name__, __annotations__ if "__annotations__" in globals() else "no module annotations")
x: int = 5
print(__annotations__)
