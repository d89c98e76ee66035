# printf-style % formatting of str: all conversions, flags, width/precision, * and mapping keys
print("%s|%r|%a|%d|%i|%u|%o|%x|%X|%e|%E|%f|%F|%g|%G|%c|%%" % ("s", "r", "\u00e9", 42, -42, 7, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 65))
print("%5s|%-5s|%.2s|%5.1s|%05d|%-05d|%+d|% d|%+ d|%#o|%#x|%#X|%#5x|%-#8o|" % ("ab", "ab", "abc", "abc", 42, 42, 42, 42, 42, 8, 255, 255, 255, 8))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 3, 3.14159, 8, 2, 2.5))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "A", "b": 2.25}, "%(x)s %%" % {"x": 1}, "%()s" % {"": "empty"})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)), "%r" % ((1, 2),), "%s" % {"k": 1}, "no args" % ())
print("%c%c%c" % ("x", 0x263A, 97), "%.3d|%.0d|%5.3d" % (7, 0, -7), "%x %o" % (-255, -8), "%d" % True, "%s" % None)
print("%d %x" % (10**20, 10**20), "%.2f" % 10**20, "%e" % 10**20, "%s" % 1e100, "%-6.2f|" % -1.005)
print("%(a)s" % {"a": 1, "b": 2}, "%s" % "%s", "%%|%5s%%" % "x")
class Str:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
print("%s %r %a" % (Str(), Str(), Str()), "%s" % Str())
class D(dict):
    pass
print("%(k)s" % D(k="dsub"))
class I:
    def __index__(self): return 33
    def __int__(self): return 44
print("%x %d %o %c" % (I(), I(), I(), I()))
x = "%s and %s"
x %= ("a", "b")
print(x)
