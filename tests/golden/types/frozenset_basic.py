# frozenset: construction, hashing (order independent), as dict keys, methods, immutability, subclasses
f = frozenset([3, 1, 2, 3])
print(f, frozenset(), frozenset(range(3)), frozenset(f) is f, frozenset("aaa"), repr(frozenset({5})))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2, 3})))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], {frozenset({1}), frozenset([1])})
print(f.union([4]), f.intersection({1, 2}), f.difference([1]), f.symmetric_difference({3, 9}), f.copy() is f, f.issubset({1, 2, 3}))
print(sorted(m for m in dir(frozenset) if not m.startswith("_")))
print(sorted(m for m in dir(set) if not m.startswith("_")))
class FS(frozenset):
    def __repr__(self): return "FS" + str(sorted(self))
x = FS([2, 1])
print(x, type(x | {3}).__name__, type(x.copy()).__name__, x == {1, 2}, hash(x) == hash(frozenset({1, 2})))
class S(set):
    pass
y = S([1])
print(y, type(y | {2}).__name__, type(y.copy()).__name__, S.__name__, set.__mro__)
print(set({1, 2}) == frozenset({1, 2}), {frozenset(): 1} == {frozenset(): 1}, frozenset({frozenset({1})}))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: f.add(1))
t(lambda: f.remove(1))
t(lambda: f.update({1}))
t(lambda: hash({1}))
t(lambda: frozenset([[]]))
t(lambda: frozenset(1))
t(lambda: frozenset([1], [2]))
t(lambda: {{1}})
