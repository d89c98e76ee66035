# float arithmetic: mixed int/float, floor division and modulo signs, divmod, pow, in-place
for a in (7.5, -7.5, 0.0, 1e-300, 3.0):
    for b in (2, -2, 0.5, -0.5, 1e300):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(0.1 * 3, 0.1 + 0.7, 1.1 * 1.1, 1e308 + 1e308, 2.0 ** 0.5, 10.0 ** -2, 9.0 ** 0.5, (-8.0) ** 3)
print(5 % 2.5, -5 % 3.0, 5.0 % -3, -0.0 % 1.0, 0.0 % -1.0, 6.0 // 4, -6.0 // 4, 1.0 // 0.1, 1.0 % 0.1)
print(3 - 2.9, 1e16 + 1.0 - 1e16, (0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3))
print(2 ** 0.5 * 2 ** 0.5, 1 / 3 * 3, 100 * 1.1, 3 * 1.1)
print(divmod(-1e-300, 1.0), divmod(1.0, -1e-300)[0] < 0, -1e-300 // 1.0)
x = 1.5
x += 1; print(x)
x -= 0.25; print(x)
x *= 4; print(x)
x /= 3; print(x)
x //= 0.5; print(x)
x %= 1.5; print(x)
x **= 2; print(x)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
t(lambda: 1.5 + "a")
t(lambda: 1.5 * [1])
t(lambda: "a" * 1.5)
t(lambda: 1.5 - None)
t(lambda: 1.5 @ 2.0)
t(lambda: 1.5 << 1)
t(lambda: -"a")
t(lambda: 2.5 % 0)
t(lambda: 2.5 // 0)
t(lambda: 2.5 / 0)
t(lambda: 2 / 0.0)
