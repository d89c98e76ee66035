# PEP 479: StopIteration raised inside a generator becomes RuntimeError; StopIteration in iterators and next()
def leaky():
    yield 1
    raise StopIteration('leaked')
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', repr(e.__cause__))
def calls_next_on_empty():
    yield next(iter([]))
try:
    list(calls_next_on_empty())
except RuntimeError as e:
    print(e)
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), [x for x in Counter(2)], sum(Counter(4)))
c = Counter(1)
print(next(c), next(c, 'done'))
def returns_value():
    yield 1
    return 'v'
def collect():
    r = yield from returns_value()
    print('yield from got', r)
list(collect())
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print('plain iterator StopIteration', e.args)
def gen_running():
    yield g2.gi_running
g2 = gen_running()
print(next(g2))
def reenter():
    yield next(g3)
g3 = reenter()
try:
    next(g3)
except ValueError as e:
    print(e)
