# bytes and bytearray indexing, slicing with steps, iteration, membership, count/index with ints, reversed
b = bytes(range(10))
for sl in (slice(None), slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(8, 1, -3), slice(-3, None), slice(100, None), slice(-100, 2)):
    print(sl, b[sl], bytearray(b)[sl])
print(b[0], b[-1], b[5], list(b[::4]), [x for x in b"abc"], list(iter(bytearray(b"xy"))), list(reversed(b"abc")))
print(3 in b, 30 in b, b"\x03\x04" in b, b"" in b, bytearray(b"\x05") in b, b.count(3), b.count(b"\x01\x02"), b.index(7), b.index(b"\x08", 2))
print(b"abc"[1:2] == b"b", b"abc"[1] == 98, type(b"abc"[0]).__name__, type(bytearray(b"a")[0:1]).__name__, b"abc"[::-1], b"abc"[5:])
ba = bytearray(b"0123456789")
ba[1:9:2] = b"abcd"
print(ba)
del ba[::3]
print(ba)
ba[::-1] = bytes(range(65, 65 + len(ba)))
print(ba)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
BB = b"abc"
t(lambda: BB[3])
t(lambda: BB[-4])
t(lambda: BB["a"])
t(lambda: BB[1.0])
t(lambda: BB[::0])
t(lambda: b.index(99))
t(lambda: b.count(300))
t(lambda: "a" in b)
t(lambda: [1] in b)
