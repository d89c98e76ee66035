# rich comparisons: __eq__/__lt__/..., reflection (swapped operator), default identity equality, total order
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v, getattr(o, 'v', o)); return isinstance(o, C) and self.v == o.v
    def __lt__(self, o): print('lt', self.v, getattr(o, 'v', o)); return self.v < o.v
    def __le__(self, o): print('le'); return self.v <= o.v
a, b = C(1), C(2)
print(a == b, a != b, a < b, a > b, a <= b, a >= b)
print(a == 1, 1 == a, 1 != a)
class Plain: pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print(e)
class Ne:
    def __ne__(self, o): return 'custom ne'
print(Ne() != 1, Ne() == Ne())
class Sub(C):
    def __eq__(self, o): print('Sub.eq'); return 'sub'
print(C(1) == Sub(1))
print([C(1)] == [C(1)])
x = C(3)
print([x] == [x], x in [x], x in [C(3)])
print(sorted([C(3), C(1), C(2)], key=lambda c: c.v)[0].v)
