# slice objects: attributes, repr, indices() normalisation, equality, hashing (3.12+), use as subscripts
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), s.start, s.stop, s.step, slice(3).start, slice(3).stop)
for sl in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100), slice(5, 2, 1), slice(None, None, 3)):
    print(sl, sl.indices(7), sl.indices(0), sl.indices(100))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): "ok"}[slice(1, 2)])
print("abcdefgh"[slice(1, 6, 2)], [0, 1, 2, 3][slice(None, None, -1)], (1, 2, 3)[slice(-2, None)], range(10)[slice(3)])
print(slice("a", [1], {}).start, slice(1.5, 2.5).stop, slice(1, 2, 3).__reduce__())
class Getter:
    def __getitem__(self, k): return k
g = Getter()
print(g[1:2], g[::], g[1:2:3], g[:, 1], g[1:2, ...], g[::-1])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice("a").indices(5))
t(lambda: slice(1, 2).indices("5"))
t(lambda: setattr(slice(1), "start", 2))
t(lambda: slice(x=1))
t(lambda: hash(slice([], 1)))
t(lambda: slice(1, 2) < slice("a", 2))
