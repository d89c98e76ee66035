# program: a small Matrix class with @, *, +, ==, transpose, identity, determinant and helpful errors
class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError('ragged rows')
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f'shapes {self.shape} and {o.shape} not aligned')
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[k * v for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return '\n'.join('[' + ' '.join(f'{v:>{width}}' for v in r) + ']' for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A * 2, 3 * B, A + B, sep='\n--\n')
print(A @ Matrix.identity(2) == A, A.T().T() == A, A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
fib = Matrix([[1, 1], [1, 0]])
acc = Matrix.identity(2)
for _ in range(30):
    acc = acc @ fib
print(acc.rows[0][1], acc.shape)
for bad in [lambda: A @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print(e)
