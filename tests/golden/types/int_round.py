# round() and trunc/floor/ceil of ints, including negative ndigits and half-even ties
for n in (0, 5, 15, 25, 149, 150, 151, 250, 350, -150, -250, 12345, -12345, 10**20 + 5 * 10**18):
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3), round(n, -30), round(n, -400))
print(type(round(5)), type(round(5, 2)), type(round(5, -1)))
print(round(True), round(True, -1), type(round(True)))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(5, None), round(1234, ndigits=-2))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: round(5, 1.0))
t(lambda: round(5, "1"))
t(lambda: round("5"))
t(lambda: round())
t(lambda: round(1, 2, 3))
t(lambda: round(number=15, ndigits=-1))
