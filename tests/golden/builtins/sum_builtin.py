# sum(): ints, floats (compensated summation in 3.12+), start values, lists/tuples with start, and errors
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1j, 2]), sum([True, True, False]), sum(x * x for x in range(4)), sum([], 5))
print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, -1e16]), sum([2**64, 2**64]), sum([1, 2], start=100), sum([-0.0]), sum([-0.0], -0.0))
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return A(self.v + (o.v if isinstance(o, A) else o))
    def __radd__(self, o): return A(o + self.v)
print(sum([A(1), A(2)]).v, sum([A(1)], A(10)).v)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: sum(["a", "b"]))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([bytearray(b"a")], bytearray()))
t(lambda: sum([1, "a"]))
t(lambda: sum(5))
t(lambda: sum())
t(lambda: sum([1], 2, 3))
t(lambda: sum([[1]]))
t(lambda: sum([None]))
t(lambda: sum([1.5, None]))
