# calls with keyword arguments: ordering, defaults, keyword-only, CALL_KW with many names, builtins with kwargs
def f(a, b=2, *args, c, d=4, **kw):
    return f'a={a} b={b} args={args} c={c} d={d} kw={kw}'
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=1, a=0))
print(f(1, d=9, c=8, z=7, y=6))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len))
print('a-b-c'.split(sep='-', maxsplit=1), int('ff', base=16), dict(one=1, two=2))
print(max([1, 5, 3], key=lambda x: -x), min([], default='empty'), round(number=2.567, ndigits=1))
def order(x):
    print('evaluating', x)
    return x
def h(p, q, r): return p, q, r
print(h(order(1), r=order(3), q=order(2)))
print(print('inner', end='|') or 'printed')
