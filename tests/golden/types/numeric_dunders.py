# numeric conversion dunders on builtin types: __index__, __int__, __float__, __complex__, __bytes__, __trunc__ ..., and __getnewargs__
print((5).__index__(), True.__index__(), (5).__float__(), (2.5).__int__(), (2.5).__float__(), (1j).__complex__(), complex(1, 2).__complex__())
print(b"ab".__bytes__(), type(b"ab".__bytes__()).__name__, (7).__trunc__(), (-7.5).__trunc__(), (7.5).__floor__(), (7.5).__ceil__())
print((7).__getnewargs__(), (7.5).__getnewargs__(), (1 + 2j).__getnewargs__(), "s".__getnewargs__(), b"b".__getnewargs__(), (1, 2).__getnewargs__())
print(hasattr(1.5, "__index__"), hasattr(1j, "__float__"), hasattr(1j, "__int__"), hasattr("1", "__int__"), hasattr(bytearray(), "__bytes__"))
print(int.__index__(True), float.__int__(3.99), int.__float__(10**20), complex.__complex__(2j), int.__new__(int, "12"), float.__new__(float, "1.5"))
class I(int):
    pass
print(type(I(5).__index__()).__name__, type(I(5).__int__()).__name__, type(+I(5)).__name__, type(I(5).__trunc__()).__name__)
class F(float):
    pass
print(type(F(2.5).__float__()).__name__, type(F(2.5).__int__()).__name__, type(-F(1.0)).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: (1.5).__index__())
t(lambda: (1j).__float__())
t(lambda: int.__index__(1.5))
t(lambda: float.__float__(1))
t(lambda: int.__new__(str))
t(lambda: int.__new__(bool, 1))
t(lambda: float.__new__(int, 1.0))
