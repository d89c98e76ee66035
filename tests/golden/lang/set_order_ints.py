# set and dict iteration order for ints (hash-based for sets, insertion for dicts) matches CPython
s = {5, 3, 100, 1, 64, 33, -1, 0, 2**40, 17}
print(s)
print(list({i * 37 % 101 for i in range(30)}))
t = set()
for i in [8, 16, 24, 32, 40, 1, 9]:
    t.add(i)
print(t)
t.discard(16)
t.add(48)
print(t, sorted(t) == sorted(list(t)))
print({1, 2, 3} | {100, 200}, {10, 20, 30} & {20, 30, 40}, {1.5, 2.5, 1})
print(frozenset(range(10, 0, -1)), set(range(-5, 5)))
d = {}
for k in [3, 1, 2]:
    d[k] = k
del d[1]
d[1] = 'back at the end'
print(d, list(d.keys()))
big = set(range(0, 200, 7))
print(list(big)[:10], len(big))
print({True, 1, 1.0}, {0, False, -0.0}, {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
