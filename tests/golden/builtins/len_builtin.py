# len(): builtin containers, __len__ implementations, big and negative lengths, errors
print(len(""), len("abc"), len("\U0001F600"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)))
print(len(frozenset()), len(bytearray(3)), len(range(0, 100, 7)), len({}.keys()), len(dict(a=1).items()), len(memoryview(b"xyz")))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(5)), len(L(True)), bool(L(0)), bool(L(3)))
class I:
    def __index__(self): return 7
class LI:
    def __len__(self): return I()
print(len(LI()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(iter([1])))
t(lambda: len(x for x in "ab"))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(L(-1)))
t(lambda: len(L(1.5)))
t(lambda: len(L("3")))
t(lambda: len(L(2**64)))
t(lambda: len(L(None)))
t(lambda: len(range(2**64)))
