# str.encode with utf-8/utf-16/utf-32/latin-1/ascii and error handlers; bytes.decode round trips
s = "héllo wörld \u20ac \U0001F600"
for enc in ("utf-8", "utf8", "UTF-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "iso-8859-1", "ascii", "cp1252", "utf-7"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b, b.decode(enc, "replace") == s)
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
print("abc".encode(), "".encode("utf-16"), "\udc80".encode("utf-8", "surrogateescape"), "\udcff".encode("latin-1", "surrogateescape"))
print("\ud800".encode("utf-8", "surrogatepass"), "a\ud83d\ude00".encode("utf-16-le", "surrogatepass"), "x".encode(encoding="ascii", errors="strict"))
print("\u00e9".encode("latin-1").decode("latin-1"), "\u00e9".encode("utf-8").decode("latin-1"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: "\u00e9".encode("ascii"))
t(lambda: "ab\u20acde\u20ac".encode("latin-1"))
t(lambda: "\ud800".encode("utf-8"))
t(lambda: "\ud800x".encode("utf-16"))
t(lambda: "abc".encode("no-such-codec"))
t(lambda: "abc".encode("utf-8", "no-such-handler"))
t(lambda: "\u00e9".encode("ascii", "no-such-handler"))
t(lambda: "abc".encode(5))
t(lambda: "abc".encode("utf-8", 5))
t(lambda: "abc".encode("rot13"))
t(lambda: "abc".encode("hex"))
t(lambda: "abc".encode("utf-8", "strict", 1))
try:
    "xy\u0100z".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
