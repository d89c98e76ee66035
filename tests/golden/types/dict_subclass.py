# dict subclasses: overridden __getitem__/__setitem__/keys honoured or bypassed by builtins, __missing__, copy types
class D(dict):
    def __getitem__(self, k):
        print("D.__getitem__", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("D.__setitem__", k, v)
        super().__setitem__(k, v)
    def keys(self):
        print("D.keys")
        return super().keys()
d = D(a=1)
d["b"] = 2
print(d["a"], d.get("b"), d.setdefault("c", 3), list(d.items()))
d.update({"e": 5})
print(dict(d))
print({**d})
print(dict(**d) if False else "", sorted(d), len(d), "a" in d)
x = {}
x.update(d)
print(x)
def f(**kw): return kw
print(f(**d))
print("{a}-{b}".format(**d), "{a}".format_map(d))
print(type(d.copy()).__name__, type(D.fromkeys("ab")).__name__, type(d | {}).__name__, repr(d))
class M(dict):
    def __missing__(self, k):
        print("M.__missing__", k)
        return k * 2
m = M(x=1)
print(m["x"], m["yy"], m.get("zz"), "yy" in m, m.pop("q", "no __missing__ for pop"))
class K(dict):
    def keys(self): return ["only"]
    def __getitem__(self, k): return "value for " + k
k = K(real=1)
print(dict(k), {**k}, list(k))
