# pow(): two and three argument forms across int, float, complex, keyword names, custom __pow__/__rpow__
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(2, 0.5), pow(4, 0.5), pow(-1, 0.5), pow(1j, 2), pow(0, 0), pow(0.0, 0))
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 11), pow(base=3, exp=2), pow(3, exp=3, mod=5), pow(True, 2), pow(2, True, 3))
class P:
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b): return ("rpow", b)
print(pow(P(), 2), pow(P(), 2, 7), pow(5, P()), P() ** 3, 2 ** P())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: pow(5, P(), 3))
t(lambda: pow("a", 2))
t(lambda: pow(2, "a"))
t(lambda: pow(2, 2, "a"))
t(lambda: pow(2.0, 2, 3))
t(lambda: pow(1j, 2, 3))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(10.0, 1000))
t(lambda: pow(-8, 1 / 3))
t(lambda: pow(x=1, y=2))
