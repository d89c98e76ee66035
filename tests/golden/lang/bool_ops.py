# and / or / not: short circuit, value returned (not just bools), truthiness of every kind of object
def t(x):
    print('t', x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0, 'a' and 'b' and 'c')
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not t(''), not t('x'))
for obj in [0, 1, -1, 0.0, 0.5, 0j, '', 'a', b'', [], [0], (), (0,), {}, {0: 0}, set(), range(0), range(1), None, ...]:
    print(repr(obj), bool(obj), end='; ')
print()
x = []
y = x or [1]
print(y, y is x, (x and 5) is x)
if 1 and (2 or 0) and not None:
    print('all true')
while 0 or None:
    print('never')
print([i for i in range(10) if i % 2 and i % 3])
