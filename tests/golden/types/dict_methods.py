# dict methods: get setdefault pop popitem update clear copy keys values items, with defaults and errors
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c"), d.setdefault("d", []), d)
print(d.pop("c"), d.pop("zz", "dflt"), d.popitem(), d, len(d))
d.update({"x": 10}); d.update([("y", 20)]); d.update(z=30); d.update({"a": 0}, b=-1); d.update(); print(d)
d.update((k, v) for k, v in [("g", 1)]); d.update(iter([["h", 2]])); print(d)
c = d.copy(); c["new"] = 1; print("new" in d, "new" in c, c == d, d.keys() == c.keys() - {"new"})
print(list(d.keys()), list(d.values()), list(d.items()))
print(d["a"], d.__getitem__("b"), d.__contains__("x"), d.__len__(), "a" in d, 0 in d, d.__class__.__name__)
del d["a"]; d.__delitem__("b"); d.__setitem__("q", 5); print(d)
while d:
    print(d.popitem(), end=" ")
print()
d.clear(); print(d, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
e = {}
e.setdefault("lst", []).append(1); e.setdefault("lst", []).append(2); print(e)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: {}.pop("k"))
t(lambda: {}.pop())
t(lambda: {}.popitem())
t(lambda: {}["missing"])
t(lambda: {}[(1, 2)])
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.update(5))
t(lambda: {}.update([1, 2]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update(["ab", "c"]))
t(lambda: {}.update({}, {}))
t(lambda: {}.setdefault())
t(lambda: {}.get([]))
t(lambda: {}.setdefault([], 1))
t(lambda: {[1]: 2})
def delmissing():
    x = {1: 2}
    del x[3]
t(delmissing)
t(lambda: {}.copy(1))
t(lambda: {}.keys(1))
