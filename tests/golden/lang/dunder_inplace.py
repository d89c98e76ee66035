# in-place operators: __iadd__ and friends, falling back to __add__ when missing or NotImplemented
class I:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'I({self.n})'
    def __iadd__(self, o): self.n += o; return self
    def __isub__(self, o): self.n -= o; return self
    def __imul__(self, o): self.n *= o; return self
    def __imatmul__(self, o): return 'imatmul'
    def __itruediv__(self, o): self.n /= o; return self
    def __ifloordiv__(self, o): self.n //= o; return self
    def __imod__(self, o): self.n %= o; return self
    def __ipow__(self, o): self.n **= o; return self
    def __ilshift__(self, o): self.n <<= o; return self
    def __irshift__(self, o): self.n >>= o; return self
    def __iand__(self, o): self.n &= o; return self
    def __ior__(self, o): self.n |= o; return self
    def __ixor__(self, o): self.n ^= o; return self
x = I(5); same = x
x += 3; x -= 1; x *= 4; x //= 3; x %= 7; x **= 3; x <<= 2; x >>= 1; x &= 0xff; x |= 1; x ^= 16
print(x, x is same)
x /= 2; print(x)
x @= 0; print(x)
class OnlyAdd:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print('__add__ used')
        return OnlyAdd(self.n + o)
y = OnlyAdd(1); old = y
y += 10
print(y.n, y is old)
class NI:
    def __iadd__(self, o):
        print('__iadd__ says NotImplemented')
        return NotImplemented
    def __add__(self, o):
        print('then __add__')
        return 'added'
z = NI(); z += 1; print(z)
class RAdd:
    def __radd__(self, o): return 'radd after iadd fails'
w = [1]
try:
    w += RAdd()
except TypeError as e:
    print('TypeError', e)
q = 5
q += RAdd(); print(q)
try:
    s = 'a'; s -= 1
except TypeError as e:
    print(e)
try:
    t = (); t *= 'x'
except TypeError as e:
    print(e)
