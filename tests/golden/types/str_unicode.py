# str code points: non-BMP characters, lone surrogates, len/ord/chr/indexing, escapes and combining marks
s = "a\u00e9\u4e2d\U0001F600\U0010FFFF\x00"
print(len(s), [ord(c) for c in s], s[3], s[-2] == "\U0010FFFF", s[1:4], s[::-1][1:3], list(s[2:5]))
print(ascii(s), repr(s), repr("\ud800"), repr("\udfff\ud800"), len("\ud83d\ude00"), "\ud83d\ude00" == "\U0001F600")
print(chr(0x1F600), chr(0xD800) == "\ud800", ord("\U0001F600"), hex(ord("\U000E0001")), "\N{GREEK SMALL LETTER ALPHA}")
print("e\u0301" == "\u00e9", len("e\u0301"), "\u00e9".upper(), "\U0001D400".lower(), "\U00010400".lower(), "\U00010428".upper())
print(sorted(["\U0001F600", "\uffff", "z", "\u00e9", "A", "\ud800"]), max("a\U0001F600b"), min("a\U0001F600b"))
print("\U0001F600" > "\uffff", "\ud800" < "\U00010000", "abc" < "abd", "ab" < "abc", "" < "\x00")
print("x\U0001F600y".find("y"), "x\U0001F600y".index("\U0001F600"), "\U0001F600" * 3, ("\U0001F600" * 3).count("\U0001F600"))
print("\x00\x01\x1f\x7f\x80\x9f\xa0\xad\u200b\u2028\ufeff\U000E007F")
print(repr("\x00\x01\x1f\x7f\x80\x9f\xa0\xad\u200b\u2028\ufeff\U000E007F"))
print(repr("\t\n\r\\'\""), repr("'"), repr('"'), repr("'\""), repr("\u0378"), repr("\U0001FFFF"), repr("\U000F0000"))
print("\u00e9".isalpha(), "\U0001F600".isalpha(), "\U0001D7D8".isdigit(), "\U0001D7D8".isdecimal(), int("\U0001D7D8\U0001D7D9"))
print("%s|%5s|%-5s|" % ("\U0001F600", "\U0001F600", "\u00e9"), f"{'\U0001F600':^5}|", "\U0001F600".center(5, "\u00b7"))
b = "\U0001F600\u00e9".encode("utf-8")
print(b, len(b), b.decode("utf-8"), "\U0001F600".encode("utf-16-be"), "\U0001F600".encode("utf-32-be"))
print([hex(ord(c)) for c in "\U0001F600".encode("utf-16-be").decode("utf-16-be")], "\udc80abc".encode("utf-8", "surrogateescape"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord("\U0001F600\U0001F600"))
t(lambda: s[10])
