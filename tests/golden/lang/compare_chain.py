# comparison chains: evaluation order, short circuit, each operand evaluated once
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(2) > v(0) == v(0) != v(5) <= v(5) >= v(4))
x = 5
print(1 in [1, 2] in [[1, 2]], x is x is not None)

print(0 < x < 10, 0 < x < 4, 'a' < 'b' < 'c' < 'cd', [1] < [1, 0] < [2])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), 'Z' < 'a')
for expr in ['1 < "a"', '[1] < (1,)', 'None < None', '{} < {}', '1 < 2 < "x"']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print(1 == 'a', None == 0, [] == (), 1 != 'a')
