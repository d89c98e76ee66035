# enumerate(): start values (negative, big, keyword), iteration protocol, laziness, errors
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
print(list(enumerate("ab", 2**64)), list(enumerate(range(3), True)), dict(enumerate("xy")))
e = enumerate(x * x for x in range(3))
print(next(e), next(e), list(e), list(e), iter(e) is e, type(e).__name__)
class I:
    def __index__(self): return 10
for i, ch in enumerate("hi", I()):
    print(i, ch)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: enumerate(5))
t(lambda: enumerate())
t(lambda: enumerate("a", 1.5))
t(lambda: enumerate("a", "1"))
t(lambda: enumerate("a", 1, 2))
t(lambda: enumerate("a", begin=1))
t(lambda: enumerate(iterable="ab", start=1).__next__())
t(lambda: next(enumerate([])))
