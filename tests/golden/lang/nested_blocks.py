# deeply nested blocks: loops in try in with in loops, exceptions crossing several levels, cleanup order
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print(' ' * self.n + f'enter {self.n}'); return self
    def __exit__(self, t, v, tb):
        print(' ' * self.n + f'exit {self.n} {t.__name__ if t else None}')
def work(limit):
    results = []
    for i in range(3):
        with CM(1):
            try:
                for j in range(3):
                    with CM(2):
                        try:
                            if i * 3 + j == limit:
                                raise ValueError(f'limit {limit}')
                            if j == 1:
                                continue
                            results.append((i, j))
                        finally:
                            print('   finally', i, j)
            except ValueError as e:
                print('  caught', e)
                return results
    return results
print(work(4))
print(work(100))
def deep(n):
    if n == 0:
        raise KeyError('bottom')
    try:
        with CM(n):
            deep(n - 1)
    finally:
        print('unwinding', n)
try:
    deep(3)
except KeyError as e:
    print('top caught', e)
