# integer arithmetic: + - * / // % ** with signs, big ints, division by zero messages
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10**20, 7), (-(10**20), 7)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 100, (-2) ** 3, 2 ** -2, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(1 << 70, (1 << 70) >> 69, -1 >> 10, -5 >> 1, 5 << 0)
for expr in ['1 / 0', '1 // 0', '1 % 0', 'divmod(1, 0)', '1 << -1', '1 >> -1', 'pow(2, -1, 4)', '0 ** -1']:
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
big = 3 ** 200
print(big % 1000, big // 3 ** 199, len(str(big)))
print(abs(-5), abs(-(10**30)), -(-3), +4, ~5, ~-1)
print(17 // 5 * 5 + 17 % 5 == 17, (-17) // 5 * 5 + (-17) % 5 == -17)
print(int.__add__(1, 2), (5).__mul__(3), (5).__rsub__(3), (7).__floordiv__(2))
print(10**18 * 10, 9223372036854775807 + 1, -9223372036854775808 - 1, 2**63 * 2**63)
print(-9223372036854775808 // -1, abs(-9223372036854775808), 3037000500 * 3037000500)
