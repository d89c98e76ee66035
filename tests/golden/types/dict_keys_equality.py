# dict key lookup via __hash__/__eq__: equal keys of different types, custom key classes, hash collisions
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return "K(%r)" % self.v
d = {K(i): i for i in range(10)}
print(len(d), d[K(7)], K(7) in d, K(11) in d, list(d)[:4])
del d[K(0)]; d[K(0)] = "again"; print(list(d.items())[-2:])
e = {1: "int"}
e[1.0] = "float"; e[True] = "bool"; print(e, list(e.keys())[0].__class__.__name__)
f = {-1: "a", -2: "b"}
print(f[-1], f[-2], hash(-1) == hash(-2))
g = {2**61 - 1: "big", 0: "zero"}
print(g[2**61 - 1], g[0], hash(2**61 - 1))
class AlwaysEq:
    def __hash__(self): return 1
    def __eq__(self, o): return True
h = {1: "one"}
print(h[AlwaysEq()], AlwaysEq() in h)
h[AlwaysEq()] = "replaced"; print(h)
calls = []
class Spy:
    def __init__(self, n): self.n = n
    def __hash__(self): return 42
    def __eq__(self, o):
        calls.append((self.n, o.n))
        return self.n == o.n
s = {Spy(1): 1, Spy(2): 2}
print(s[Spy(2)], len(calls) > 0)
nan = float("nan")
n = {nan: 1}
print(n[nan], float("nan") in n, len({float("nan"): 1, float("nan"): 2}))
print({(1, 2): "t"}[(1, 2)], {frozenset({1, 2}): "fs"}[frozenset({2, 1})], {None: 0}[None], {...: 1}[...])
