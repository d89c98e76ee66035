# tuple: construction, packing, indexing/slicing, count/index, concatenation, comparison, hash, repr
t0, t1, t2 = (), (1,), (1, "a", 2.5)
print(t0, t1, t2, tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple(x for x in "xy"), tuple({1: 2}))
print(len(t2), t2[0], t2[-1], t2[1:], t2[::-1], t2[::2], t2[5:], t2.count(1), t2.index("a"), t2.index(2.5, 1, 3))
print(t1 + t2, t2 * 2, 0 * t2, 2 * t1, "a" in t2, (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
print((1, 2) == [1, 2], (1.0,) == (1,), hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), hash((1, (2, 3))))
a, b, *c = (1, 2, 3, 4)
print(a, b, c, (*t1, *t2), tuple([*"ab", *range(2)]))
print(repr((1,)), repr(((),)), str((None, True)), ("é",), ascii(("é",)), ((1, 2), [3, (4,)]))
print(t2.__getitem__(1), t2.__len__(), t2.__contains__(2.5), t2.__getnewargs__() if hasattr(t2, "__getnewargs__") else "")
class P(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    def __repr__(self): return "P(%r, %r)" % self
p = P(1, 2)
print(p, p[0], type(p + (3,)).__name__, type(p[:]).__name__, p == (1, 2), hash(p) == hash((1, 2)), len(p))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: (1, 2)[2])
t(lambda: t2["a"])
t(lambda: (1, 2).index(3))
t(lambda: (1,) + [2])
t(lambda: (1,) + 2)
t(lambda: (1,) * (2,))
t(lambda: hash((1, [])))
t(lambda: (1, "a") < (1, 2))
t(lambda: tuple(5))
t(lambda: tuple(1, 2))
def setitem():
    t2[0] = 5
t(setitem)
def delitem():
    del t2[0]
t(delitem)
t(lambda: t2.append(1))
