# lambda expressions: defaults, closures, immediate call, in sort keys, nested, names
square = lambda x: x * x
print(square(5), square.__name__, (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(list(map(lambda x: x ** 2, range(4))), list(filter(lambda x: x % 2, range(6))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda: (yield 1))().__class__.__name__)
print(square.__qualname__, (lambda: 0).__code__.co_name)
