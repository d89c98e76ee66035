# binary operator dunders: every operator dispatches to its __op__ method
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'V({self.n})'
    def __add__(self, o): return V(self.n + o)
    def __sub__(self, o): return V(self.n - o)
    def __mul__(self, o): return V(self.n * o)
    def __matmul__(self, o): return ('matmul', self.n, o)
    def __truediv__(self, o): return V(self.n / o)
    def __floordiv__(self, o): return V(self.n // o)
    def __mod__(self, o): return V(self.n % o)
    def __divmod__(self, o): return ('divmod', self.n, o)
    def __pow__(self, o): return V(self.n ** o)
    def __lshift__(self, o): return V(self.n << o)
    def __rshift__(self, o): return V(self.n >> o)
    def __and__(self, o): return V(self.n & o)
    def __or__(self, o): return V(self.n | o)
    def __xor__(self, o): return V(self.n ^ o)
v = V(12)
print(v + 1, v - 1, v * 2, v @ 3, v / 5, v // 5, v % 5, divmod(v, 5), v ** 2)
print(v << 1, v >> 1, v & 5, v | 1, v ^ 4)
print(v + 1 + 2, (v * 2) - 4)

print(V.__add__(v, 100), type(v).__mul__(v, 3))
