# rich comparisons on user objects: defaults, reflected order, subclass priority, __ne__ from __eq__, NotImplemented chains
log = []
class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        log.append(("A.eq", self.n, getattr(o, "n", o)))
        return NotImplemented
    def __lt__(self, o):
        log.append(("A.lt", self.n, getattr(o, "n", o)))
        return NotImplemented
class B(A):
    def __eq__(self, o):
        log.append(("B.eq", self.n, getattr(o, "n", o)))
        return self.n == getattr(o, "n", None)
    def __gt__(self, o):
        log.append(("B.gt", self.n, getattr(o, "n", o)))
        return True
a, b = A(1), B(1)
print(a == b, log); log.clear()
print(b == a, log); log.clear()
print(a != b, log); log.clear()
print(a < b, log); log.clear()
print(a == a, log); log.clear()
print(a == A(1), log); log.clear()
print(a != A(1), log); log.clear()
print(1 == a, log); log.clear()
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(P(1) == P(1), P(1) != P(1), P(1) != P(2), P(1) == 1, [P(1)] == [P(1)], P(1) in [P(0), P(1)], {P(1): "x"}[P(1)])
class Weird:
    def __eq__(self, o): return "truthy string"
    def __ne__(self, o): return 0
print(Weird() == 1, Weird() != 1, 1 == Weird(), [Weird()] == [1], Weird() in [1])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: a < a)
t(lambda: a <= b)
t(lambda: a > 1)
t(lambda: sorted([A(2), A(1)]))
t(lambda: max(A(1), A(2)))
