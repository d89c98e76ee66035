# sys attributes and functions
for b in [bytearray(b"a'"), bytearray(b'a"'), bytearray(b'a\'"'), bytearray(b'\\x\t\n\r\x00\x7f\xff'), bytearray()]:
    print(repr(b), str(b))
print(b"a'", b'a"', b'a\'"')
import sys
print(sys.float_info, sys.int_info, sys.hash_info, sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform, sys.hexversion, sys.version_info >= (3, 13), sys.version_info.major, sys.version_info[:2])
print(sys.getrecursionlimit(), sys.getdefaultencoding(), sys.flags.optimize, type(sys.flags).__name__)
print(sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(()), sys.getsizeof(1.0))
try: type(sys.flags)()
except Exception as e: print(type(e).__name__, e)
try: sys.exit(3)
except SystemExit as e: print('exit', e.code, e.args)
try: sys.exit()
except SystemExit as e: print('exit', e.code, e.args)
try: sys.exit('msg')
except SystemExit as e: print('exit', e.code, e.args)
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info(); print(t.__name__, repr(v), tb is not None, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
print(sys.intern('abc') is sys.intern('ab' + 'c'))
print(isinstance(sys.version, str), sys.float_info.max, sys.float_info[0], len(sys.float_info))
x = sys.version_info
print(x == (3, 13, 0, 'final', 0), x.releaselevel, repr(x))
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
