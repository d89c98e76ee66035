# float<->int conversions: correct rounding of big ints to float (half-even), int() truncation, exactness boundaries
for n in (2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 + 2**11, 2**64 + 2**11 + 1, 10**22, 10**23,
          2**1023 * (2**53 - 1) // 2**52, -(2**53 + 1), 12345678901234567890123):
    f = float(n)
    print(n, repr(f), int(f), int(f) == n, f == n, n < f, n > f)
for f in (0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 1e15 + 0.5, 2.0**63, -2.0**63, 2.0**64, 1e20, 1.7976931348623157e308, 5e-324):
    print(repr(f), int(f), f.__trunc__(), f.__floor__(), f.__ceil__(), round(f))
print(float(2**1023) * 2 if False else "skip", float(2**1023), float(-(2**1023)))
print((2**1024 - 2**970) / 1 if False else "", float(2**1024 - 2**971 - 1))
def t(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: float(2**1024))
t(lambda: float(2**1024 - 2**970))
t(lambda: float(2**1024 - 2**971))
t(lambda: 2**1024 + 0.0)
t(lambda: 2**1024 * 1.5)
t(lambda: 2**1024 == 1e308)
t(lambda: 2**1024 > 1e308)
t(lambda: 1e308 < 2**1024)
t(lambda: float(-(2**1100)))
t(lambda: int(1e308) % 1000)
