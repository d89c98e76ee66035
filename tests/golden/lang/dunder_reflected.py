# reflected operators: __radd__ etc. are tried when the left operand does not support the operation
class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'R({self.n})'
    def __radd__(self, o): return ('radd', o, self.n)
    def __rsub__(self, o): return ('rsub', o, self.n)
    def __rmul__(self, o): return ('rmul', o, self.n)
    def __rmatmul__(self, o): return ('rmatmul', o, self.n)
    def __rtruediv__(self, o): return ('rtruediv', o, self.n)
    def __rfloordiv__(self, o): return ('rfloordiv', o, self.n)
    def __rmod__(self, o): return ('rmod', o, self.n)
    def __rdivmod__(self, o): return ('rdivmod', o, self.n)
    def __rpow__(self, o): return ('rpow', o, self.n)
    def __rlshift__(self, o): return ('rlshift', o, self.n)
    def __rrshift__(self, o): return ('rrshift', o, self.n)
    def __rand__(self, o): return ('rand', o, self.n)
    def __ror__(self, o): return ('ror', o, self.n)
    def __rxor__(self, o): return ('rxor', o, self.n)
r = R(1)
for res in [1 + r, 2 - r, 3 * r, 4 @ r, 5 / r, 6 // r, 7 % r, divmod(8, r), 9 ** r,
            10 << r, 11 >> r, 12 & r, 13 | r, 14 ^ r, 'a' + r, [1] * r]:
    print(res)
# a subclass's reflected method wins over the base's forward method
class Base:
    def __add__(self, o): return 'Base.__add__'
    def __radd__(self, o): return 'Base.__radd__'
class Sub(Base):
    def __radd__(self, o): return 'Sub.__radd__'
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class IntSub(int):
    def __radd__(self, o): return 'IntSub.__radd__'
    def __add__(self, o): return 'IntSub.__add__'
print(1 + IntSub(2), IntSub(2) + 1, 1.5 + IntSub(2))
