# reversed(): sequences, ranges, dicts and views, __reversed__, __len__+__getitem__ protocol, errors
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed(b"ab")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed(bytearray(b"xy"))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return "item%d" % i
class Rev:
    def __reversed__(self): return iter(["custom"])
print(list(reversed(Seq())), list(reversed(Rev())))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), list(r), iter(r) is r, type(r).__name__)
lst = [1, 2, 3]
r2 = reversed(lst)
lst.pop()
print(list(r2))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(x for x in "a"))
t(lambda: reversed())
t(lambda: reversed([], []))
class NoReverse:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(NoReverse()))
t(lambda: reversed(iter([1])))
