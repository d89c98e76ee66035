# float() from strings, bytes and objects; parse errors and their messages
for s in ("1", "  1.5  ", "-0", "+.5", "5.", "1e10", "1E-3", "1_000.000_1", "-1_0e1_0", "\t\n3.25\r",
          "0.1", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "00012.5000",
          "\u0661.\u0662", "\uff13.\uff14", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2e-324"):
    print(repr(s), repr(float(s)))
print(float(b" 2.5 "), float(bytearray(b"1e3")), float(7), float(True), float(10**20), float(), float(-0.0))
class A:
    def __float__(self): return 2.5
class B:
    def __index__(self): return 7
print(float(A()), float(B()))
class FF(float):
    pass
print(float(FF(3.5)), type(float(FF(3.5))).__name__, type(FF(3.5)).__name__, FF("2.5") + 1)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
for s in ("", " ", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "1 0", "0x10", "in f", "nanx", "--1", "1,5",
          "\x00", "1.5\x00", "inf inf", "Infinit"):
    t(lambda: float(s))
t(lambda: float(b"xyz"))
t(lambda: float(None))
t(lambda: float([1.5]))
t(lambda: float("1", "2"))
t(lambda: float(x="1"))
t(lambda: float(1j))
t(lambda: float(10**400))
class BadF:
    def __float__(self): return 1
t(lambda: float(BadF()))
t(lambda: float("x" * 300))
