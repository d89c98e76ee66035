# bytes.decode with codecs and error handlers; UnicodeDecodeError attributes and messages
data = [b"abc", b"h\xc3\xa9llo", b"\xff\xfe", b"a\x80b", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xe2\x28\xa1"]
for d in data:
    out = []
    for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
        try:
            out.append(repr(d.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            out.append("UDE(%s)" % e)
    print(d, out)
for enc in ("latin-1", "ascii", "utf-16", "utf-16-le", "utf-32", "cp1252", "utf-8-sig"):
    for d in (b"ab", b"\xff\xfeA\x00", b"\xef\xbb\xbfhi", b"\x81\x80"):
        try:
            print(enc, d, repr(d.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, d, "UnicodeDecodeError:", e)
print(bytearray(b"x\xffy").decode("utf-8", "replace"), b"abc".decode(), b"".decode("utf-32"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, len(e.args), isinstance(e, ValueError))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: b"abc".decode("nope"))
t(lambda: b"\xff".decode("utf-8", "nope"))
t(lambda: b"abc".decode(1))
t(lambda: b"abc".decode("hex"))
t(lambda: b"a".decode("utf-16"))
t(lambda: b"abc".decode("utf-32"))
