# bytes: literals, constructor forms, repr escapes, indexing/slicing, concatenation, comparisons, hash
print(b"", b"abc", b"\x00\x7f\x80\xff", b"'", b'"', b"'\"", b"\t\n\r\\", bytes(range(30, 40)), bytes(b"x"[0:0]))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(bytearray(b"ba")), bytes("\u00e9", "utf-8"), bytes("x", encoding="ascii"))
print(bytes(iter([97, 98])), bytes(range(3)), bytes(memoryview(b"mv")), bytes.fromhex("41 42"), bytes(b"%d" % 5))
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], b[-3:], type(b[0]).__name__, list(b[:3]))
print(b + b"!", b * 2, 2 * b"ab", b"ab" * 0, b"ab" + bytearray(b"cd"), type(b"a" + bytearray(b"c")).__name__)
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" < b"\x00", b"a" == "a", b"a" != bytearray(b"a"))
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"x") == hash(b"x"), len(b), 104 in b, b"wor" in b, b"" in b, 300 in b"a" if False else "")
print(max(b), min(b), sum(b"\x01\x02"), sorted(b"cab"), list(reversed(b"ab")), b.__len__(), b.__getitem__(0))
class B(bytes):
    pass
print(B(b"ab"), type(B(b"ab") + b"c").__name__, B(3), B([1]), repr(B(b"q")), type(B(b"x")[0:1]).__name__)
class HasBytes:
    def __bytes__(self): return b"from __bytes__"
print(bytes(HasBytes()), B(HasBytes()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes("abc"))
t(lambda: bytes(-1))
t(lambda: bytes(1.5))
t(lambda: bytes(b"a", "utf-8"))
t(lambda: bytes(None))
t(lambda: b"a" + "b")
t(lambda: b"a" + 1)
t(lambda: "b" in b"abc")
t(lambda: 256 in b"abc")
t(lambda: b"abc"[3])
t(lambda: b"abc" < "abd")
class Bad:
    def __bytes__(self): return "str"
t(lambda: bytes(Bad()))
def setitem():
    b[0] = 1
t(setitem)
