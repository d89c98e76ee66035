# whitespace and line-boundary differences between str and bytes: split/strip/isspace/splitlines on \x1c-\x1f, \x85, \xa0, \x0b, \x0c
chars = ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", " ", "\x85", "\xa0"]
for c in chars:
    s = "a" + c + "b"
    b = s.encode("latin-1")
    print(repr(c), s.isspace() if False else c.isspace(), c.encode("latin-1").isspace(), s.split(), b.split(),
          len(s.splitlines()), len(b.splitlines()), repr(c.strip()), c.encode("latin-1").strip())
print(b" \t\n\r\x0b\x0cx\x1c".strip(), " \t\n\r\x0b\x0cx\x1c".strip(), b"a\x0bb\x0cc".splitlines(), "a\x0bb\x0cc".splitlines())
print(bytearray(b"\x1c a \x1f").split(), "\x1c a \x1f".split(), b"x\x85y".split(), "x\x85y".split(), b"\xa0".isspace(), "\xa0".isspace())
print(b"  ab  ".lstrip(), b"  ab  ".rstrip(), b"\x00ab\x00".strip(), b"\x00ab\x00".strip(b"\x00"), b"ab".strip(b""), b" ".join([b"a", b"b"]))
print(int(" 12\x0b"), int(b" 12\x0b"), float("\x0c1.5\x0b"), int("\u2003 7 \u3000"), float(b"\t2.5\n"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: int(b"\x1c12"))
t(lambda: float(b"\xa01.5"))
t(lambda: int("\x8512"))
t(lambda: float("\x0c1.5\x1f"))
