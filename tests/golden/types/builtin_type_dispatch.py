# binary operator dispatch with builtin types: subclass reflected priority, NotImplemented fallbacks, __i*__ fallbacks
class MyInt(int):
    def __add__(self, o): return "MyInt.__add__"
    def __radd__(self, o): return "MyInt.__radd__"
    def __lt__(self, o): return "MyInt.__lt__"
    def __gt__(self, o): return "MyInt.__gt__"
print(1 + MyInt(2), MyInt(2) + 1, 1 < MyInt(2), MyInt(2) < 1, 1 > MyInt(2), 1.5 + MyInt(1))
class MyList(list):
    def __radd__(self, o): return "MyList.__radd__"
    def __eq__(self, o): return "MyList.__eq__"
print([1] + MyList([2]), MyList([2]) + [1], [1] == MyList(), MyList() == [1], [1] != MyList())
class R:
    def __radd__(self, o): return "R.__radd__ " + type(o).__name__
    def __rmul__(self, o): return "R.__rmul__ " + type(o).__name__
    def __rsub__(self, o): return NotImplemented
print(1 + R(), "s" + R(), [1] + R(), 2.5 * R(), "x" * R(), (1,) * R())
class NoIadd:
    def __add__(self, o): return "used __add__"
x = NoIadd()
x += 1
print(x)
class IaddNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fell back to __add__"
y = IaddNI()
y += 1
print(y)
class Eq:
    def __eq__(self, o): return NotImplemented
print(Eq() == Eq(), Eq() != Eq(), Eq() == 1, 1 == Eq(), [Eq()] == [Eq()])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: 1 - R())
t(lambda: R() + 1)
t(lambda: Eq() < Eq())
t(lambda: 1 @ 2)
t(lambda: [] @ [])
def isub():
    z = R()
    z -= 1
t(isub)
def imatmul():
    z = 5
    z @= 2
t(imatmul)
