# int ** and three-argument pow, negative exponents, modular inverse
for b in (0, 1, -1, 2, -2, 3, 10):
    print(b, [b ** e for e in range(6)])
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(2 ** 100, (-3) ** 41, 7 ** 0, 0 ** 0)
print(pow(3, 4), pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 10**6, 10**9 + 7), pow(12345678901234567890, 98765, 10**20 + 39))
print(pow(3, -1, 7), pow(5, -2, 13), pow(-4, -1, 9), pow(38, -1, 97))
print(pow(0, 0, 5), pow(5, 0, 1), pow(7, 3, 1), pow(7, 3, -1))
print(pow(2, 0.5), pow(4, -0.5), pow(-8, 1/3))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow(2, "3"))
t(lambda: 0 ** -2)
t(lambda: pow(0, -1))
t(lambda: pow(0, -1, 5))
t(lambda: 2 ** 10 ** 10 if False else "skipped")
t(lambda: (2).__pow__(3, 5))
t(lambda: (2).__rpow__(3))
t(lambda: (2).__pow__(3.0))
t(lambda: pow())
t(lambda: pow(1))
t(lambda: pow(1, 2, 3, 4))
t(lambda: pow(base=2, exp=5, mod=7))
x = 3
x **= 4
print(x)
