# round(): ints, floats, negative ndigits, None, __round__ dispatch, bool, and errors
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(-3.14159, 1), round(1e-10, 5), round(123, 5), round(True), round(7, None), round(0.1 + 0.2, 1))
class R:
    def __round__(self, n=None): return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None), round(R(), ndigits=-1))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: round("1.5"))
t(lambda: round(None))
t(lambda: round([1]))
t(lambda: round(1.5, 1.5))
t(lambda: round(1, "2"))
t(lambda: round())
t(lambda: round(1, 2, 3))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round(1j))
t(lambda: round(number=2.5, digits=1))
