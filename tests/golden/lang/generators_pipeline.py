# generator pipelines: chained lazy stages, infinite generators consumed partially, itertools-like helpers
def integers():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(take(5, evens(squares(integers())))))
def primes():
    found = []
    for n in integers():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(10, primes())))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def trace(name, it):
    for x in it:
        print(f'{name} yields {x}')
        yield x
pipeline = trace('B', (x * 10 for x in trace('A', range(3))))
for v in pipeline:
    print('consumer got', v)
print(list(zip(integers(), 'abc')), dict(zip('xy', integers())))
print(next(x for x in integers() if x * x > 50), any(x > 3 for x in integers()))
gen = (i for i in range(3))
print(list(gen), list(gen), 2 in (i for i in range(5)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], range(10, 14))))
