# more codecs through str.encode/bytes.decode: unicode_escape, raw_unicode_escape, utf-16 variants, cp1252, latin-1 errors
s = "a\u00e9\u20ac\U0001F600\n\t\\"
for enc in ("unicode_escape", "raw_unicode_escape", "utf-16-be", "utf-32-be", "latin-1", "cp1252", "ascii", "utf-8-sig"):
    for errors in ("strict", "replace", "backslashreplace"):
        try:
            b = s.encode(enc, errors)
            back = b.decode(enc, "replace")
            print(enc, errors, b, repr(back))
        except UnicodeError as e:
            print(enc, errors, type(e).__name__ + ":", e)
print(b"\\x41\\u00e9\\n".decode("unicode_escape"), repr(b"\\u20ac".decode("raw_unicode_escape")), b"\xe9".decode("latin-1"))
print(repr(b"abc\\".decode("unicode_escape", "replace")), b"\x80\x81".decode("cp1252", "replace"), b"\xff\xfe".decode("utf-16"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: b"\\x4".decode("unicode_escape"))
t(lambda: b"\\N{nope}".decode("unicode_escape"))
t(lambda: b"\\U00110000".decode("unicode_escape"))
t(lambda: b"\x81".decode("cp1252"))
t(lambda: "\u0100".encode("cp1252"))
t(lambda: b"\xd8\x00".decode("utf-16-be"))
t(lambda: "x".encode("utf-8", errors=None))
t(lambda: "\udc80".encode("ascii", "surrogateescape"))
t(lambda: "\udc80".encode("utf-16", "surrogateescape"))
