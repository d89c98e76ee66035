# next(): default values, exhausted iterators, non-iterators, StopIteration value propagation
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
def g():
    yield 1
    return "ret"
gen = g()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("stop", repr(e.value), e.args)
print(next(gen, "after"), next(iter(""), 0), next(x for x in [7]), next(enumerate("a")), next(reversed([1, 2])))
class N:
    def __next__(self): return "next called"
print(next(N()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: next([1, 2]))
t(lambda: next("abc"))
t(lambda: next(5))
t(lambda: next())
t(lambda: next(iter([]), 1, 2))
t(lambda: next(iter([])))
t(lambda: next(it))
class Bad:
    def __next__(self): raise KeyError("custom")
t(lambda: next(Bad(), "default not used for other errors"))
