# filter() and map(): None predicate, multiple iterables (shortest wins), laziness, exceptions from the function
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, [])), list(map(int, "123")))
calls = []
def f(x):
    calls.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(calls, next(m), calls, list(m), calls, list(m))
fl = filter(lambda x: x > 1, iter([1, 2, 3]))
print(next(fl), list(fl), iter(fl) is fl, type(fl).__name__, type(map(f, [])).__name__)
def t(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: map(f))
t(lambda: map())
t(lambda: filter(None))
t(lambda: filter(None, 5))
t(lambda: map(f, 5))
t(lambda: list(map(5, [1])))
t(lambda: list(filter(5, [1])))
t(lambda: list(map(lambda x: 1 / x, [1, 0])))
t(lambda: list(map(lambda x, y: x, [1])))
t(lambda: filter(None, [], x=1))
t(lambda: map(f, [1], strict=True))
