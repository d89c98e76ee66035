# operator overloading for a value type: arithmetic, comparison, hashing, container protocol, conversion
class Vec:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __contains__(self, v): return v in (self.x, self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a @ b, -a, abs(b), a == Vec(1, 2), a != b, a < b, b <= a if False else 'skip')
print(bool(Vec(0, 0)), len(a), a[0], a[-1], list(a), 2 in a, 5 in a, {a: 'a'}[Vec(1, 2)], sorted([b, a]))
x, y = b
print(x, y, [*a, *b], max([a, b, Vec(0, 1)]))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a * 'k'
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
total = Vec(0, 0)
for v in [a, b, Vec(5, 5)]:
    total += v
print(total)
match total:
    case Vec(9, y):
        print('matched x=9, y =', y)
