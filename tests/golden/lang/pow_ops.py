# ** operator: right associativity, negative exponents, float results, three-argument pow, errors
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1, (-2) ** -2, 10 ** 0, 0 ** 0, 0.0 ** 0)
print(4 ** 0.5, 8 ** (1/3), (-8) ** 2, 2.0 ** 10, 1.5 ** 2, 10 ** 25)
print(pow(2, 100, 10**9 + 7), pow(-3, 3, 5), pow(5, -1, 13), pow(2, 0, 1))
print(type((-1) ** 0.5).__name__, round(abs((-1) ** 0.5), 10))
for args in [(2, 3, 0), (2, 0.5, 3), (2.0, 3, 5), (0, -1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
class P:
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o, mod=None): return ('rpow', o, mod)
p = P()
print(p ** 2, 2 ** p, pow(p, 3, 4))
