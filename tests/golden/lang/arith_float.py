# float arithmetic and mixed int/float: rounding, inf/nan, division, modulo signs, repr
print(0.1 + 0.2, 0.1 * 3, 1.0 / 3, 2.0 ** 0.5, 10 / 4, 10.0 // 3, -10.0 // 3, 10.0 % 3, -10.0 % 3, 10.0 % -3)
print(1 + 1.5, 3 * 0.5, 2 ** 0.5, 7 / 7, type(7 / 7).__name__, 1e300 * 1e10, -1e300 * 1e10)
inf = float('inf'); nan = float('nan')
print(inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308, inf == inf)
print(divmod(7.5, 2), divmod(-7.5, 2), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7.0), type(round(7.0)).__name__, round(1.5, 0), int(2.9), int(-2.9))
for expr in ['1.0 / 0', '1.0 // 0.0', '1.0 % 0', '0.0 ** -1', '10.0 ** 400', 'int(float("inf"))', 'int(float("nan"))']:
    try:
        print(expr, '=', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(1e16 + 1, 2**53 + 1.0, float(2**53 + 1), 1e-320, 5e-324 / 2)
print(-0.0, 0.0 == -0.0, str(-0.0), 1 / 3 * 3 == 1)
print(3.0.is_integer(), (0.5).as_integer_ratio(), float.fromhex('0x1.8p1'), (1.5).hex())
print(1.0 < 2, 2 == 2.0, 10**20 == 1e20, 10**30 < 1e31, 2**1000 > 1e300, (2**1024) > float('inf'))
print(abs(-3.5), -(3.5), +(-0.0), float(7), float(-(10**20)))
print(sum([0.1] * 10), 0.1 * 10, 100 * 1.1, 3.3 * 3)
