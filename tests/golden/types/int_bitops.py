# int bitwise operators and shifts, including negatives and big ints
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 + 3, -(2**70) + 11]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ -1, a >> 1, a >> 3, a << 3, a >> 100)
    for b in vals[:5]:
        print(" ", a & b, a | b, a ^ b)
print(1 << 100, -1 << 100, (1 << 100) >> 99, -(1 << 100) >> 200)
print(0 << 10000, 5 >> 10**30, -5 >> 10**30)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 << 2**70)
t(lambda: 0 << 2**70)
t(lambda: 1 << 1.0)
t(lambda: 1 & 1.0)
t(lambda: 1 | "a")
t(lambda: 1 ^ None)
t(lambda: ~1.5)
t(lambda: True & False)
t(lambda: True | 2)
t(lambda: True ^ True)
x = 0b1010
x &= 0b0110; print(x)
x |= 0b1000; print(x)
x ^= 0b1111; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
