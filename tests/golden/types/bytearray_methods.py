# bytearray methods returning new bytearrays, comparisons with bytes, repr, iteration and in-place operators
ba = bytearray(b"Hello, World")
print(ba, repr(ba), str(ba), ba.upper(), ba.lower(), ba.split(b", "), ba.replace(b"l", b"L"), ba.strip(b"Hd"))
print(type(ba.upper()).__name__, type(ba.split()[0]).__name__, type(ba[0:2]).__name__, ba[0], ba[-1], ba[::-1])
print(ba == b"Hello, World", b"Hello, World" == ba, ba + b"!", b"!" + ba, type(b"!" + ba).__name__, ba * 2)
print(ba.find(b"o"), ba.count(b"l"), ba.index(b"W"), ba.startswith(b"He"), ba.endswith(bytearray(b"ld")), b"lo" in ba, 72 in ba)
print(ba.hex(), ba.decode(), ba.isalpha(), ba.title(), ba.center(16, b"."), ba.zfill(14), ba.partition(b","), ba.join([b"1", b"2"]))
print(list(ba[:3]), bytes(ba), bytearray(ba) is ba, bytearray(ba) == ba, sorted(bytearray(b"cba")), sum(bytearray(b"\x01\x02")))
print(ba.isascii(), ba.islower(), ba.splitlines(), ba.expandtabs(), ba.ljust(14, b"-"), ba.removeprefix(b"Hello"))
print(bytearray(b"x").__alloc__() >= 1, bytearray.__name__, bytearray.__mro__)
class BA(bytearray):
    pass
x = BA(b"sub")
print(x, type(x).__name__, type(x + b"1").__name__, type(x.upper()).__name__, type(x[:]).__name__, x == b"sub")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: bytearray("abc"))
t(lambda: bytearray(b"a") + "b")
t(lambda: bytearray(-1))
t(lambda: bytearray([1, 2, "x"]))
t(lambda: bytearray(b"a") < "b")
t(lambda: bytearray(b"abc")[5])
t(lambda: bytearray(b"abc").index(b"z"))
t(lambda: bytearray(1, 2))
