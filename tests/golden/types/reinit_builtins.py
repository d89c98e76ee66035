# calling __init__ again on builtin containers (list/dict/set/bytearray re-initialise in place), and __new__ without __init__
l = [1, 2, 3]
l.__init__("ab"); print(l)
l.__init__(); print(l)
d = {"a": 1}
d.__init__(b=2); print(d)
d.__init__({"c": 3}, d=4); print(d)
s = {1, 2}
s.__init__([3]); print(s)
s.__init__(); print(s)
ba = bytearray(b"xyz")
ba.__init__(b"q"); print(ba)
ba.__init__(3); print(ba)
t = (1, 2)
t.__init__((3, 4)); print(t)
st = "abc"
st.__init__("zzz"); print(st)
fs = frozenset({1})
fs.__init__({2}); print(fs)
print(list.__new__(list, [1, 2]), dict.__new__(dict, a=1), set.__new__(set, [1]), tuple.__new__(tuple, [1, 2]), int.__new__(int, "5"))
class L(list):
    def __init__(self, *args):
        print("L.__init__", args)
        super().__init__(*args)
x = L("ab")
x.__init__("c"); print(x)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: [].__init__(1, 2))
t(lambda: [].__init__(5))
t(lambda: {}.__init__(5))
t(lambda: set().__init__(1, 2))
t(lambda: list.__init__(5))
t(lambda: list.__new__(5))
t(lambda: list.__new__(int))
