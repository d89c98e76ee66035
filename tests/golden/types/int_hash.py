# hash() of ints, bools, and floats equal to ints (CPython's modular hash)
for n in (0, 1, -1, -2, 2, 100, 2**31, 2**32, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64,
          -(2**61), -(2**61) + 1, 10**30, -(10**30), 2**100, True, False):
    print(n, hash(n))
for x in (0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0**70, float(2**61 - 1), 1e300, float("inf"), float("-inf"), 3.14):
    print(repr(x), hash(x))
print(hash(5) == hash(5.0), hash(2**100) == hash(float(2**100)))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1, -2)), hash(((1, 2), (3, 4))))
print(hash(1 + 0j), hash(2j), hash(complex(1.5, -2.5)))
print(hash(None) == hash(None), hash(frozenset()), hash(frozenset({1, 2, 3})))
d = {1: "a", 1.0: "b", True: "c"}
print(d)
s = {0, 0.0, False, -0.0}
print(s)
