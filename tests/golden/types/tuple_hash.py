# tuple hash values (CPython's xxHash-based algorithm) for tuples of ints, floats, nested tuples and None
for t in [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), (0, 0), (-1, -1), (1, (2, 3)), ((1, 2), 3), (1.5, 2.5), (True, False),
          (2**64, -2**64), (None,), (None, None), ((),), ((), ()), tuple(range(20)), (1, 2, 3, 4, 5, 6, 7, 8), (frozenset(),), (1j,)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)), len({(i, j) for i in range(30) for j in range(30)}))
print(hash((1, 2)) != hash((2, 1)), hash(((),)) != hash(()), len({hash((i,)) for i in range(1000)}))
print(hash(tuple([7] * 100)), hash((-2,)) == hash((-1,)))
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash((H(0),)), hash((H(-1),)), hash((H(2**61),)), hash((H(1), H(2))) == hash((1, 2)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: hash((1, [])))
t(lambda: hash(((1,), {})))
t(lambda: hash((1, {1})))
