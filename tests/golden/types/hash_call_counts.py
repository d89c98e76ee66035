# how many times __hash__ and __eq__ run for common dict and set operations (CPython caches nothing for user objects)
calls = []
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        calls.append("h%d" % self.n)
        return self.n % 4
    def __eq__(self, o):
        calls.append("e%d/%d" % (self.n, o.n))
        return self.n == o.n
def step(label, f):
    calls.clear()
    r = f()
    print(label, r if not isinstance(r, (dict, set)) else len(r), calls[:])
k1, k2, k5 = K(1), K(2), K(5)
d = {}
step("setitem", lambda: d.__setitem__(k1, "a"))
step("setitem collide", lambda: d.__setitem__(k5, "b"))
step("getitem", lambda: d[k5])
step("in", lambda: K(5) in d)
step("get missing", lambda: d.get(K(9)))
step("setdefault", lambda: d.setdefault(k2, "c"))
step("pop", lambda: d.pop(k2))
step("copy", lambda: d.copy())
step("fromkeys", lambda: dict.fromkeys([k1, k2]))
s = set()
step("set add", lambda: s.add(k1))
step("set add dup", lambda: s.add(K(1)))
step("set in", lambda: k5 in s)
step("set union", lambda: s | {k2})
step("set from list", lambda: set([k1, k2, k5, K(1)]))
step("frozenset hash", lambda: hash(frozenset([k1, k2])))
step("tuple hash", lambda: hash((k1, k2)))
step("list in", lambda: K(2) in [k1, k2])
step("list index", lambda: [k1, k2, k5].index(K(5)))
step("list count", lambda: [k1, k1, k2].count(k1))
step("list eq", lambda: [k1, k2] == [K(1), K(2)])
step("tuple eq", lambda: (k1,) == (k1,))
