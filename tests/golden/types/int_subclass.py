# subclasses of int: arithmetic returns int, repr/str overrides, __index__ users, constructors
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
class Other(int):
    pass
a = MyInt(5)
print(a, repr(a), str(a), type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__)
print(a + 1, a * 2, a == 5, hash(a) == hash(5), isinstance(a, int), type(a) is MyInt)
print(MyInt("ff", 16), MyInt(), MyInt(3.7), Other(7) + Other(8), type(Other(7) + Other(8)).__name__)
print(int(a), type(int(a)).__name__, [10, 20, 30, 40, 50, 60][a], "abcdefg"[MyInt(2):])
print(format(a, "03d"), f"{a}", "%d" % a, "%r" % a, "%s" % a)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), [1, 2, 3][Idx(1)], range(Idx(3)), int(Idx(4)))
print(operator_like := (Idx(2).__index__(), "xyz" * Idx(2)))
class F:
    def __int__(self): return 42
print(int(F()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: bin(F()))
t(lambda: [1][F()])
class BadIdx:
    def __index__(self): return "x"
t(lambda: bin(BadIdx()))
class BadInt:
    def __int__(self): return 1.5
t(lambda: int(BadInt()))
class Neg(int):
    def __neg__(self): return "negated"
print(-Neg(3), +Neg(3), Neg(3) - 1)
print(MyInt.__mro__)
print(bool(MyInt(0)), bool(MyInt(2)))
