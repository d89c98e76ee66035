# memoryview over bytes/bytearray: len, indexing, slicing, tobytes/tolist/hex, format/itemsize, release, writes
b = bytearray(b"hello")
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), m.hex(), m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly)
m[0] = ord("J"); m[1:3] = b"EL"
print(b, bytes(m), m.tobytes(), m == b"JELlo", m == m, m.nbytes, m.obj is b)
r = memoryview(b"ro")
print(r.readonly, r.tobytes(), list(r), r[::-1].tobytes(), r.contiguous, r.c_contiguous)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(cm.released if hasattr(cm, "released") else "")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: r.__setitem__(0, 1))
t(lambda: m.__setitem__(0, 256))
t(lambda: m.__setitem__(slice(0, 2), b"abc"))
t(lambda: m[10])
t(lambda: cm.tobytes())
t(lambda: len(cm))
t(lambda: hash(m))
t(lambda: hash(memoryview(b"abc")) == hash(b"abc"))
t(lambda: memoryview(5))
t(lambda: memoryview([1]))
