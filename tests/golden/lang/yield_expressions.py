# yield as an expression: in assignments, arguments, conditionals, lists; yield inside try/with; yield in lambda
def g():
    x = yield 1
    y = [(yield 2), (yield 3)]
    z = (yield x) if x else (yield 'no x')
    print('x, y, z =', x, y, z)
    return str((yield)) + '!'
gen = g()
print(next(gen))
print(gen.send('X'))
print(gen.send('Y2'))
print(gen.send('Y3'))
print(gen.send('Z'))
try:
    gen.send('last')
except StopIteration as e:
    print('returned', e.value)
lam = lambda: (yield 'from lambda')
print(list(lam()))
def yield_in_call():
    print('called with', (yield 'first'), (yield 'second'))
y = yield_in_call()
print(next(y), y.send('a'))
try:
    y.send('b')
except StopIteration:
    pass
def yield_none():
    yield
    yield None
print(list(yield_none()))
def ret_tuple():
    a, b = yield
    yield a + b
r = ret_tuple()
next(r)
print(r.send((1, 2)))
