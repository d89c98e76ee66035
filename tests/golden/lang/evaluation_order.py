# evaluation order: call arguments, operands, subscripts, dict displays, assignments (right side first), chained targets
def t(x):
    print('eval', x)
    return x
print('--- call args')
def f(*a, **k): return a, k
f(t(1), t(2), k=t(3), *[t(4)], **{'z': t(5)})
print('--- binary operands')
t(1) + t(2) * t(3)
print('--- subscript and attribute')
d = {'k': [10, 20]}
t(d)[t('k')][t(1)]
print('--- dict display')
x = {t('a'): t(1), t('b'): t(2)}
print('--- assignment: value first, then targets left to right')
class O:
    def __repr__(self): return 'O()'
o = O()
lst = [0, 0]
t(o).attr, t(lst)[t(0)] = t(7), t(8)
print(o.attr, lst)
print('--- chained assignment targets left to right')
a = b = t('v')
p = [0, 0]
i = 0
i = p[i] = 1
print(i, p)
print('--- augmented assignment')
lst2 = [1]
t(lst2)[t(0)] += t(5)
print('--- comparison chain and boolean')
t(1) < t(2) and t(3) or t(4)
print('--- conditional expression')
t('yes') if t(True) else t('no')
print('--- function default and decorator order')
def deco(tag):
    t(f'deco {tag}')
    return lambda fn: fn
@deco('outer')
@deco('inner')
def g(a=t('default')): pass
print('--- slice parts')
[1, 2, 3][t(0):t(2):t(1)]
