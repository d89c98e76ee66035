# dict views: keys/values/items are live, support len/in/iter/reversed, set operations and comparisons
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i)
d["d"] = 4
print(list(k), list(v), list(i), list(reversed(k)), list(reversed(v)), list(reversed(i)))
del d["a"]
print(k, sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), sorted({"b", "q"} ^ k))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k >= {"b"}, k.isdisjoint({"x"}), k.isdisjoint(["b"]))
print(sorted(i & {("b", 2), ("c", 0)}), sorted(i | {("z", 0)}), sorted(i - {("b", 2)}), i == {("b", 2), ("c", 3), ("d", 4)})
print(v == v, v == d.values(), {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items())
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
print(k.mapping, type(k.mapping).__name__, k.mapping["b"], v.mapping == d, i.mapping is not d)
e = {1: "x", 2: "y"}
print(sorted(e.keys() & [2, 3]), e.keys() - [1], sorted([0, 1] - e.keys()) if False else "", e.items() & {(1, "x")})
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: k[0])
t(lambda: v & {1})
t(lambda: k & 5)
t(lambda: i | {[1]: 2} if False else i | [[1]])
t(lambda: hash(k))
t(lambda: k.mapping.__setitem__("x", 1))
def changed():
    dd = {1: 1, 2: 2}
    for key in dd.keys():
        dd[key + 10] = 0
t(changed)
def changed_values():
    dd = {1: 1, 2: 2}
    for val in dd.values():
        del dd[1]
t(changed_values)
def changed_items():
    dd = {1: 1}
    it = iter(dd.items())
    dd[2] = 2
    next(it)
t(changed_items)
