def simple(a, b=1, *args, c, d=2, **kw):
    return a + b

def posonly(a, b, /, c, *, d):
    "Docstring."
    return a, b, c, d

def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner

def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    x = yield
    return x

lam = lambda x, y=2: x * y

@decorator
@other(1)
def decorated(x: int, *, y: "str" = "a") -> bool:
    global G
    G = x
    return True

def defaults(a=[], b={}, *, c=(1, 2)):
    pass

def closure_default(x):
    return lambda: x
