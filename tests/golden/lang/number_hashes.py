# hash values of numbers are defined by the language (modular arithmetic), equal numbers hash equally
values = [0, 1, -1, -2, 2, 10**20, -(10**20), 2**61 - 1, 2**61, 2**61 + 1, 2**64, -(2**63),
          0.5, 1.5, -0.5, 0.1, 1e100, float('inf'), float('-inf'), 1.0, -0.0, True, False, 3 + 0j, 1j, 2 - 3j]
for v in values:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(hash((1, 2)), hash(()), hash((1,)), hash(((), ())), hash((0.5, -1)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(range(3)) == hash(range(3)), hash(None) == hash(None))
print(hash(float('nan')) != 0 or True)
