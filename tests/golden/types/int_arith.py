# int arithmetic operators: + - * / // % ** unary, mixed with bool and float
vals = [0, 1, -1, 7, -7, 12, -12, 2**31, -(2**31), 2**63 - 1, -(2**63)]
for a in vals:
    for b in (3, -3, 5, -5):
        print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)
print(-5, +5, -(-5), +(-0), abs(-5))
print(True + True, True * 10, False - 1, 3 + True)
print(1 + 2.5, 3 * 0.5, 7 - 0.25, 2 ** 0.5)
print(10 / 4, 10 / 5, -10 / 4, 1 / 3, 2 / 3)
print(9007199254740993 / 1, (2**53 + 1) / 2)
print(10**20 / 10**10, 10**30 / 3)
print(7 .__add__(3), 7 .__sub__(3), 7 .__rsub__(3), 7 .__mul__(3), 7 .__truediv__(2))
print(7 .__add__(3.0), 7 .__radd__("x"), (5).__neg__(), (5).__pos__(), (-5).__abs__())
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(0 * -1, -0, 0 // -3, 0 % -3)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x /= 2; print(x)
