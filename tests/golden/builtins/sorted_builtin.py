# sorted(): returns a new list from any iterable, key and reverse keywords, stability, errors
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 1, 1: 2}), sorted({5, 1, 3}), sorted(x for x in [2, 1]))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")]))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig, sorted([]), sorted(""), sorted(range(5), key=lambda v: (v % 2, -v)))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2], [1, 5], [1]]), sorted([b"b", b"a"]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: sorted(5))
t(lambda: sorted([1, "a"]))
t(lambda: sorted([1, 2], key=1))
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: sorted([1], cmp=None))
t(lambda: sorted(iterable=[1]))
t(lambda: sorted([{1}, {2}]) and "sets sort by subset")
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([object(), object()]))
