# mixed numeric types: equality/hash agreement across bool/int/float/complex, sorting, min/max, sums and containers
vals = [0, 0.0, -0.0, 0j, False, 1, 1.0, 1 + 0j, True, 2**53, float(2**53), 2**53 + 1, 0.5, complex(0.5, 0), -1, -1.0]
for a in vals:
    print(repr(a), [int(a == b) for b in vals], hash(a) == hash(complex(a)))
print(len(set(vals)), sorted({v for v in vals if not isinstance(v, complex)}, key=lambda x: (x, type(x).__name__)))
print(sorted([3, 1.5, True, -2, 2**64, -0.5, False, 1e20]), max(1, 1.0, True), min(0.0, 0, False), max([1.0, 1]), min([0, 0.0]))
print(sum([1, 2.5, 1j, True]), sum([0.1] * 3), sum([1, 2]) + 0.0, 1 + True + 1.0 + 1j, type(1 + True).__name__)
d = {}
for v in (1, 1.0, True, 1 + 0j, 2, 2.0):
    d[v] = type(v).__name__
print(d)
nan = float("nan")
print({nan: 1}.get(nan), {nan: 1}.get(float("nan")), nan in [nan], nan in (float("nan"),), [nan].count(nan), {nan, nan} == {nan})
print(1 == 1.0 == True == 1 + 0j, 0.1 + 0.2 == 0.3, 10**16 == 1e16, 10**16 + 1 == 1e16 + 1, 2**1000 == float(2**1000))
print(int(True), float(True), complex(True), bool(0j), bool(-0.0), int(-0.0), divmod(True, 2), True ** -1, (-True) // 2)
