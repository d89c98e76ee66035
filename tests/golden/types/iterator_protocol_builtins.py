# builtin iterators: __length_hint__, exhaustion is permanent even if the container grows, iter(it) is it, mutation effects
def hints(it, n):
    out = []
    for _ in range(n):
        out.append(it.__length_hint__())
        next(it, None)
    out.append(it.__length_hint__())
    return out
print(hints(iter([1, 2, 3]), 4), hints(iter((1, 2)), 3), hints(iter(range(5)), 2), hints(iter({1: 2, 3: 4}), 3))
print(hints(iter({5, 6}), 3), hints(reversed([1, 2, 3]), 2), hints(iter(b"ab"), 3), hints(iter(bytearray(b"abc")), 1))
lst = [1, 2]
it = iter(lst)
print(list(it))
lst.append(3)
print(list(it), next(it, "still exhausted"))
lst2 = [1, 2]
it2 = iter(lst2)
next(it2)
lst2.append(3)
print(list(it2))
r = reversed(lst2)
lst2.clear()
print(list(r))
for mk in (lambda: iter([1]), lambda: iter((1,)), lambda: iter(range(1)), lambda: iter({1}), lambda: iter({1: 1}),
           lambda: iter({1: 1}.values()), lambda: iter({1: 1}.items()), lambda: reversed((1,)), lambda: iter(b"a"), lambda: enumerate([1]),
           lambda: zip([1]), lambda: map(int, "1"), lambda: filter(None, [1]), lambda: (x for x in [1])):
    i = mk()
    print(type(i).__name__, iter(i) is i, next(i), next(i, "end"), list(i))
d = {1: 1}
di = iter(d.items())
d[1] = "changed value"
print(next(di))
s = {1, 2}
si = iter(s)
next(si)
s.discard(2)
s.add(3)
try:
    print("no error:", next(si, "exhausted") in (1, 3, "exhausted"))
except RuntimeError as e:
    print("RuntimeError:", e)
