# bytes.hex with separators, bytes.fromhex/bytearray.fromhex, and their errors
for b in (b"", b"\x00", b"\xde\xad\xbe\xef", bytes(range(10)), bytearray(b"\x01\xff")):
    print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(b"_", -2), b.hex(" ", 3), b.hex(sep="|", bytes_per_sep=1))
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex(" de ad  be ef "), bytes.fromhex("AbCd"), bytes.fromhex("\t0a\n0b\r"))
print(bytearray.fromhex("41 42 43"), type(bytearray.fromhex("41")).__name__, memoryview(b"ab").hex())
class B(bytes):
    pass
print(type(B.fromhex("61")).__name__, B.fromhex("61"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: bytes.fromhex("0"))
t(lambda: bytes.fromhex("0g"))
t(lambda: bytes.fromhex("a b"))
t(lambda: bytes.fromhex("00 0"))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex(b"00"))
t(lambda: bytes.fromhex(12))
t(lambda: bytearray.fromhex("1"))
t(lambda: b"ab".hex("::"))
t(lambda: b"ab".hex(""))
t(lambda: b"ab".hex("\u00e9"))
t(lambda: b"ab".hex(5))
t(lambda: b"ab".hex(":", "2"))
t(lambda: b"ab".hex(":", 2, 3))
