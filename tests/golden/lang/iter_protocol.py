# the iterator protocol: iter() with a sentinel, __iter__ returning self, exhaustion, iter on sequences via __getitem__
class Countdown:
    def __init__(self, start): self.cur = start
    def __iter__(self): return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
c = Countdown(3)
print(list(c), list(c))
data = iter([5, 4, 0, 3])
print(list(iter(lambda: next(data), 0)))
calls = 0
def counter():
    global calls
    calls += 1
    return calls
print(list(iter(counter, 4)))
class Legacy:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Legacy()), 20 in Legacy(), list(enumerate(Legacy(), start=1)))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print('skipping', next(it))
    else:
        print('got', x)
print(list(zip(*[iter(range(6))] * 2)))
class Reusable:
    def __iter__(self):
        yield from range(2)
r = Reusable()
print(list(r), list(r))
try:
    next([1, 2])
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    iter(5, 5)
except TypeError as e:
    print(e)
e = enumerate('ab')
print(next(e), list(e), list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed('ab')))
print(list(zip('abc', range(2))), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
try:
    list(zip('ab', 'c', strict=True))
except ValueError as e:
    print(e)
