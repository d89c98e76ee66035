# bytes.maketrans and bytes/bytearray.translate with delete argument and None table
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(None, b"bd"), b"abcdef".translate(table, b"a"))
print(bytearray(b"abc").translate(table), type(bytearray(b"abc").translate(None)).__name__, bytearray.maketrans(b"a", b"b")[97])
print(b"hello".translate(None), b"hello".translate(None, delete=b"l"), b"".translate(table))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: bytes.maketrans(b"ab", b"c"))
t(lambda: bytes.maketrans("a", "b"))
t(lambda: b"abc".translate(b"short"))
t(lambda: b"abc".translate("x" * 256))
t(lambda: b"abc".translate(None, "a"))
t(lambda: b"abc".translate({97: 98}))
t(lambda: bytes.maketrans())
t(lambda: b"abc".translate())
