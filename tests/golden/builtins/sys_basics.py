# the sys module basics: argv, maxsize, byteorder, version_info, recursion limit, modules, flags, exit codes via SystemExit
import sys
print(sys.argv, type(sys.argv).__name__, sys.maxsize == 2**63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info >= (3, 13))
print(sys.version_info.major, sys.version_info.minor, type(sys.version_info).__name__, sys.hexversion >> 16 == 0x30d)
print(sys.getrecursionlimit(), sys.maxunicode, sys.platform in ("linux", "darwin", "win32"), type(sys.path).__name__, type(sys.modules).__name__)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.isolated, sys.flags.bytes_warning)
print(sys.int_info.bits_per_digit in (15, 30), sys.float_info.dig, sys.getdefaultencoding(), sys.getfilesystemencoding())
print("builtins" in sys.builtin_module_names, "sys" in sys.builtin_module_names, callable(sys.exit), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), type(info[2]).__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ": " + str(e), repr(getattr(e, "code", None)))
t(lambda: sys.exit())
t(lambda: sys.exit(3))
t(lambda: sys.exit("message"))
t(lambda: sys.exit(1, 2))
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit("a"))
t(lambda: sys.getrecursionlimit(1))
t(lambda: sys.nope)
