# conditional expressions: laziness, nesting, precedence with lambda and comprehensions
def t(x):
    print('eval', x)
    return x
print('yes' if True else 'no', 'yes' if 0 else 'no')
print(t('a') if t(1) else t('b'))
print(t('a') if t(0) else t('b'))
n = 5
print('neg' if n < 0 else 'zero' if n == 0 else 'small' if n < 10 else 'big')
f = lambda x: x * 2 if x > 0 else -x
print(f(3), f(-4))
print([x if x % 2 else -x for x in range(5)])
print((1 if n else 2) + 10, 1 if n else 2 + 10)
y = (lambda: 'l')() if n > 3 else None
print(y)
