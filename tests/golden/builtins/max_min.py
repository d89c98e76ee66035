# max() and min(): iterables, multiple args, key=, default=, ties return the first, and every error message
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min(3, 1, 4), max("hello"), min("hello"), max([1.5, 2]), min([True, 0]))
print(max([], default="none"), min((), default=None), max([5], default=0), max(["a", "bb", "c"], key=len), min(["bb", "a", "c"], key=len))
print(max([(1, "b"), (1, "a")]), max([-3, 2, -5], key=abs), min([-3, 2, -5], key=abs), max(1, 2, key=lambda x: -x))
pairs = [("x", 1), ("y", 3), ("z", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: -p[1]), max(range(10), key=lambda v: v % 4))
print(max({3: "a", 7: "b"}), min({"k": 1}.values()), max(iter([2, 9, 4])), max("a", "b", key=None), max([1], key=None))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: max([]))
t(lambda: min([]))
t(lambda: max())
t(lambda: min())
t(lambda: max(5))
t(lambda: max(1, "a"))
t(lambda: min([None, 1]))
t(lambda: max(1, 2, default=0))
t(lambda: max([1], bogus=1))
t(lambda: max([1, 2], key=5))
t(lambda: min(1, 2, key=len))
t(lambda: max(iter([])))
t(lambda: max([], key=len))
