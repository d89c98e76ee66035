# __import__ and import statements for builtin modules: returned module, fromlist, level errors, missing modules
import sys
m = __import__("sys")
print(m is sys, m.__name__, __import__("sys", globals(), locals(), [], 0) is sys, __import__("sys", fromlist=["path"]) is sys)
import sys as system
print(system is sys, "sys" in sys.modules, type(sys.modules).__name__)
from sys import maxsize as ms, byteorder
print(ms == sys.maxsize, byteorder in ("little", "big"))
print(__import__("builtins").len is len, __import__("builtins").__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: __import__("no_such_module_abc"))
t(lambda: __import__(""))
t(lambda: __import__(5))
t(lambda: __import__("sys", level=-1))
t(lambda: __import__("x", level=1))
t(lambda: __import__())
def from_missing():
    from sys import no_such_name_xyz
t(from_missing)
def import_missing():
    import no_such_pkg.sub
t(import_missing)
def from_builtins_missing():
    from builtins import nope_nope
t(from_builtins_missing)
