# program: a Fraction value class — normalisation, arithmetic with ints, reflected ops, comparisons, hashing, formatting
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ('n', 'd')
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f'Frac({n}, 0)')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self + Frac(-o.n, o.d)
    def __rsub__(self, o):
        return Frac(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac(o) / self
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __repr__(self): return f'Frac({self.n}, {self.d})'
    def __str__(self): return f'{self.n}/{self.d}' if self.d != 1 else str(self.n)
    def __format__(self, spec): return format(str(self), spec)
a, b = Frac(1, 2), Frac(3, -4)
print(a, b, a + b, a - b, a * b, a / b, 1 + a, 1 - a, 2 * b, 1 / a, -a, float(b))
print(a == Frac(2, 4), a == 0.5, a < b, b < a, sorted([a, b, Frac(0)]), {a: 'half'}[Frac(3, 6)])
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)), f'[{a:>6}]', repr(Frac(6, 3)), str(Frac(6, 3)))
h = Frac(0)
for n in range(1, 11):
    h += Frac(1, n * (n + 1))
print(h)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    a + 0.5
except TypeError as e:
    print(e)
