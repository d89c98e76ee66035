# unpacking: exact error messages for too many/too few values, star targets, non-iterables, and unpacking of various types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
def two(v):
    a, b = v
    return a, b
def star(v):
    a, *b, c = v
    return a, b, c
def three(v):
    a, b, c = v
    return a, b, c
for v in ([1, 2], (1,), [1, 2, 3], "ab", "abc", b"xy", {1: 2, 3: 4}, {5}, range(2), iter([1, 2, 3]), 5, None, 1.5, (x for x in "ab")):
    t(lambda: two(v))
for v in ([1, 2], [1], [1, 2, 3, 4], "a", 7, iter([]), range(10)):
    t(lambda: star(v))
for v in ([1, 2], [1, 2, 3, 4, 5], "ab", {1: 2}):
    t(lambda: three(v))
def nested(v):
    (a, b), c = v
    return a, b, c
t(lambda: nested([(1, 2), 3]))
t(lambda: nested([(1, 2, 3), 4]))
t(lambda: nested([1, 2]))
def for_unpack():
    return [a + b for a, b in [(1, 2), (3, 4, 5)]]
t(for_unpack)
