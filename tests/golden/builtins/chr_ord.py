# chr() and ord(): ranges, surrogates, bytes and bytearray of length 1, and error messages
print(chr(0), chr(65), chr(0x20AC), chr(0x1F600), chr(0x10FFFF) == "\U0010ffff", chr(0xD800) == "\ud800", repr(chr(127)))
print(ord("A"), ord("\x00"), ord("€"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"\xff")), ord("\ud800"))
print([chr(i) for i in range(97, 100)], "".join(chr(ord(c) + 1) for c in "HAL"), chr(True))
class I:
    def __index__(self): return 66
print(chr(I()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**100))
t(lambda: chr(65.0))
t(lambda: chr("A"))
t(lambda: chr())
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(b"ab"))
t(lambda: ord(b""))
t(lambda: ord(65))
t(lambda: ord(None))
t(lambda: ord())
t(lambda: ord(["a"]))
