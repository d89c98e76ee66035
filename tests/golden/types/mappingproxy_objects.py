# mappingproxy (type.__dict__ and a constructed one): read operations, views, copy, | operator, immutability errors
class C:
    x = 1
    def m(self): pass
mp = C.__dict__
print(type(mp).__name__, mp["x"], "m" in mp, mp.get("nope", "dflt"), len(mp) > 2, sorted(k for k in mp.keys() if not k.startswith("__")))
MappingProxy = type(mp)
p = MappingProxy({"b": 2, "a": 1})
print(p, repr(p), list(p), list(p.items()), list(p.values()), p.copy(), type(p.copy()).__name__, p == {"b": 2, "a": 1})
print(p | {"c": 3}, {"z": 0} | p, type(p | {}).__name__, list(reversed(p)), len(p), p.get("a"), str(p))
d = {"live": 1}
lp = MappingProxy(d)
d["added"] = 2
print(lp, "added" in lp)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
def setitem():
    p["x"] = 1
t(setitem)
def delitem():
    del p["a"]
t(delitem)
t(lambda: p.pop("a"))
t(lambda: p.update({}))
t(lambda: MappingProxy([1, 2]))
t(lambda: MappingProxy(5))
t(lambda: p["missing"])
t(lambda: hash(p))
def ior():
    q = p
    q |= {"new": 1}
t(ior)
t(lambda: setattr(C, "__dict__", {}))
