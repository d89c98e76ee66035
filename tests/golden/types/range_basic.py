# range: construction, len, indexing, membership, iteration, repr, equality and hashing
for r in (range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(5, 5), range(1, 10, 20), range(0, -10, -1)):
    print(repr(r), len(r), list(r), r.start, r.stop, r.step, bool(r), 3 in r, -3 in r)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], r.index(11), r.count(11), r.count(12), 3.0 in r, True in range(2), "a" in r)
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 1), range(1, 2, 3) == range(1, 3, 5), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)), range(5) != range(6))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), sum(range(101)), max(range(7)))
print(range(10**20)[-1], len(range(-10**18, 10**18, 10**17)), 10**19 in range(0, 10**20, 2), range(2**63 - 5, 2**63 + 5)[6])
print(range(True, 5), range(False), list(range(-3, 3)))
class I:
    def __index__(self): return 4
print(range(I()), range(I(), 10, I()), list(range(I())))
it = iter(range(5))
print(next(it), next(it), it.__length_hint__(), list(it), list(iter(range(10**20, 10**20 + 2))))
print(range.__name__, isinstance(range(1), range), type(range(1)).__mro__)
print([i * i for i in range(1, 6)], list(zip(range(3), range(10, 13))), dict.fromkeys(range(3)))
print(range(0, 10, 3).__reduce__()[1], range(5).__len__(), range(5).__contains__(4), range(5).__getitem__(2))
