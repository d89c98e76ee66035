# zip(): shortest wins, many iterables, laziness, strict=True and its ValueError messages
print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3])), list(zip(range(3), "xyz", (True, False, None))), dict(zip("ab", "cd")))
z = zip(iter([1, 2, 3]), iter("ab"))
print(next(z), list(z), type(z).__name__, iter(z) is z)
a, b = zip(*[(1, "a"), (2, "b")])
print(a, b, list(zip(*zip("ab", "cd"))))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([], [], strict=False)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: list(zip([1], [], [1, 2], strict=True)))
t(lambda: zip(5))
t(lambda: zip([1], None))
t(lambda: zip([1], bogus=True))
t(lambda: list(zip([1], strict=1)))
def gen():
    yield 1
    raise KeyError("from gen")
t(lambda: list(zip(gen(), [1, 2])))
t(lambda: list(zip([1, 2, 3], gen())))
