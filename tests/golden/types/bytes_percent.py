# bytes %-formatting: %s %b %r %a %d %x %c with bytes-like and numeric arguments, and errors
print(b"%s %b" % (b"ab", bytearray(b"cd")), b"%d %i %x %X %o %5d|%-5d|%05d" % (42, -1, 255, 255, 8, 7, 7, 7))
print(b"%c%c" % (65, b"B"), b"%r %a" % ("\u00e9", b"x"), b"%.2f %e %g" % (1.5, 1.5, 1.5), b"%(k)s" % {b"k": b"v"})
print(b"%s" % memoryview(b"mv"), b"%%", b"%5s|%-5s|" % (b"ab", b"ab"), bytearray(b"%d") % 5, type(bytearray(b"%d") % 5).__name__)
class HasBytes:
    def __bytes__(self): return b"HB"
print(b"%s" % HasBytes(), b"%b" % HasBytes())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: b"%s" % "str")
t(lambda: b"%s" % 5)
t(lambda: b"%b" % None)
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%d" % b"1")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"%y" % 1)
t(lambda: b"%(k)s" % {"k": b"v"})
t(lambda: b"%x" % 1.5)
