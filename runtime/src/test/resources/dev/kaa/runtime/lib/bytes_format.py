# printf-style formatting of bytes and bytearray
tests = ["b'%s' % 1", "b'%c' % 300", "b'%c' % 'a'", "b'%c' % b'ab'", "b'%c' % 65", "b'%c' % b'z'", "b'%d' % 'a'", "b'%s %s' % (1,)", "b'%s' % (b'a', b'b')", "b'%z' % 1",
"b'%s' % b'abc'", "b'%5s|%-5s|' % (b'ab', bytearray(b'cd'))", "b'%.2s' % b'abcdef'", "b'%r' % 'x'", "b'%a' % 'é'", "b'%d %i %u' % (1, 2, 3)", "b'%05.1f' % 2.345", "b'%x %X %o %#x' % (255, 255, 8, 255)",
"b'%e' % 12345.678", "b'%g' % 0.0001", "b'%(a)s-%(b)d' % {b'a': b'x', b'b': 5}", "b'%*d' % (5, 42)", "b'%-*d|' % (5, 42)", "b'%.*f' % (2, 3.14159)", "b'100%%' % ()", "b'%s' % memoryview(b'q') if False else 0",
"bytearray(b'%d') % 5", "b'%b' % b'x'", "b'%s' % 3.5", "b'abc' % ()", "b'abc' % 5", "b'%' % 1", "b'%(a)s' % 5", "b'%d' % 2**70", "b'%c' % -1", "b'%5c|' % 65", "b'%d' % True", "b'%s %s' % (b'a', bytearray(b'b'))"]
for t in tests:
    try: r = eval(t)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(t, "->", repr(r))
class B:
    def __bytes__(self): return b'BYTES'
print(b'%s' % B(), b'%b' % (B(),))
