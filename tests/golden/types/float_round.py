# round() of floats: half-even ties, ndigits positive and negative, correctly rounded decimal results
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e20, 1e-20, 5e-324, 0.0, -0.0):
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
print(round(1e300), round(-1.5e16), round(4.5), round(5.5), round(0.49999999999999994))
print(round(1234567.891, -3), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1.23456789e-5, 8), round(98765.4321, 2), round(98765.4321, -4), round(-0.4), round(-0.6))
print(round(1.5e308, -307), round(1.2e308, -308))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: round(1.5, 1.5))
t(lambda: round(1.5, "x"))
t(lambda: round(1e308, -308))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(float("inf"), 0))
t(lambda: round(float("nan"), -1))
t(lambda: (2.5).__round__(None))
t(lambda: (2.5).__round__(1, 2))
