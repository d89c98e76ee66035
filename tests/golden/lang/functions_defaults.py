# default argument values: evaluated once at definition, mutable default pitfall, None sentinel, __defaults__
calls = []
def default_value():
    calls.append('evaluated')
    return 10
def f(a, b=default_value(), c=[]):
    c.append(a)
    return a, b, c
print(calls)
print(f(1), f(2), f(3, c=[]))
print(f.__defaults__[0], f.__defaults__[1])
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
def k(*, x=1, y):
    return x, y
print(k.__kwdefaults__, k(y=2))
def m(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(m(1), m(1, 5, 6, d=7), m.__defaults__, m.__kwdefaults__)
m.__defaults__ = (20, 30)
print(m(1))
x = 5
def late(v=x):
    return v
x = 6
print(late())
def ann(a: int = 1, *args: str, b: 'B' = 2, **kw: float) -> list: pass
print(ann.__annotations__)
print(f.__name__, f.__code__.co_argcount, m.__code__.co_posonlyargcount, k.__code__.co_kwonlyargcount)
