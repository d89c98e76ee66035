# iter(): one-argument form with __iter__/__getitem__ protocols and two-argument callable/sentinel form
print(list(iter([1, 2])), list(iter("ab")), list(iter({"k": 1})), list(iter((1,))), list(iter(range(2))))
class GetItem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10
print(list(iter(GetItem())), 10 in GetItem())
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)), n)
it = iter(counter, 7)
print(next(it), next(it), next(it, "sentinel hit"), next(it, "still done"))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), iter(It()).__class__.__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: iter(5))
t(lambda: iter(None))
t(lambda: iter(5, 1))
t(lambda: iter())
t(lambda: iter([], 1, 2))
class BadIter:
    def __iter__(self): return [1]
t(lambda: iter(BadIter()))
class NotIterable:
    __iter__ = None
t(lambda: iter(NotIterable()))
def raiser():
    raise ValueError("from callable")
t(lambda: next(iter(raiser, None)))
