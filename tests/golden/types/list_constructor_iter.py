# list(): from iterables, generators, dict views, strings; iterator protocol; mutation during iteration
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3: 4}.items()), list(b"ab"))
print(list(x * 2 for x in range(3)), list(map(abs, [-1, 2])), list(zip([1], [2])), list(enumerate("ab")), list(reversed([1, 2, 3])))
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "done"))
a = [1, 2, 3]
it = iter(a)
a.append(4)
print(list(it))
out = []
a = [1, 2, 3, 4, 5]
for x in a:
    out.append(x)
    if x == 2:
        a.remove(x)
print(out, a)
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r))
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), list(it))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq())
class L(list):
    def __repr__(self): return "L" + list.__repr__(self)
l = L([3, 1, 2])
l.sort()
print(l, type(l + [1]).__name__, type(l[:]).__name__, type(l * 2).__name__, list(l), isinstance(l, list))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: list(5))
t(lambda: list(None))
t(lambda: list([1], [2]))
t(lambda: list(x=1))
def gen():
    yield 1
    raise RuntimeError("gen failed")
t(lambda: list(gen()))
class BadIter:
    def __iter__(self): return 5
t(lambda: list(BadIter()))
