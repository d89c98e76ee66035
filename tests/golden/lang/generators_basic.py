# generators: lazy execution, state between yields, exhaustion, StopIteration, gi_ attributes, generator functions as iterators
def countdown(n):
    print('started')
    while n > 0:
        yield n
        n -= 1
    print('finished')
g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print('created, not started')
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(next(g, 'default after exhaustion'))
print(list(countdown(2)), sum(countdown(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 1
    return 'result'
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('return value:', e.value, e.args)
def yield_expr_value():
    x = yield
    print('received', x)
g = yield_expr_value()
next(g)
try:
    next(g)
except StopIteration:
    print('next() sends None')
print(iter(g) is g, g.gi_running, g.gi_frame)
