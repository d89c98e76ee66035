# dict(): from mappings, pairs, keywords, fromkeys, subclasses with __missing__, keys() protocol
print(dict(), dict(a=1, b=2), dict({"x": 1}, y=2), dict([("p", 1), ("q", 2)]), dict([["k", "v"]]), dict(["ab", "cd"]))
print(dict.fromkeys(range(3)), dict.fromkeys("abc", []), dict.fromkeys([]), dict.fromkeys((1, 1, 2), "v"))
print(dict(zip(range(3), "xyz")), dict({1: 2}.items()), dict(((i, i) for i in range(2))), dict([(1, 2)], **{"k": 3}))
class KeysObj:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(KeysObj()), {**KeysObj()})
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(c, c["zz"], "zz" in c, c.get("zz"), type(c).__name__, isinstance(c, dict))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = "x"
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(a=1)
d["b"] = 2
d.update(c=3)
print(d, d.extra, D.fromkeys("ab", 1), type(D.fromkeys("a", 0)).__name__, type(d.copy()).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: dict(5))
t(lambda: dict([1]))
t(lambda: dict([(1,)]))
t(lambda: dict(["abc"]))
t(lambda: dict({}, {}))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(5))
t(lambda: dict.fromkeys([[1]]))
t(lambda: dict([([], 1)]))
t(lambda: {**[1]})
t(lambda: dict(**{1: 2}))
