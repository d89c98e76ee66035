# decorators: plain, with arguments, stacked (order of application), class-based, on methods, returning other things
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f'call {fn.__name__}{args}')
        return fn(*args, **kwargs)
    wrapper.__name__ = 'traced_' + fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add.__name__)
def repeat(times):
    print('repeat factory', times)
    def deco(fn):
        print('decorating', fn.__name__)
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('there'))
def tag(name):
    def deco(fn):
        print('applying', name)
        return lambda: f'<{name}>{fn()}</{name}>'
    return deco
@tag('b')
@tag('i')
def text():
    return 'bold italic'
print(text())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
@lambda fn: 'replaced by a string'
def gone(): pass
print(gone)
def d1(f): print('d1'); return f
def d2(f): print('d2'); return f
def factory(n): print('factory', n); return d1
@d1
@factory(1)
@d2
def order(): pass
items = {'deco': trace}
@items['deco']
def subscripted(): return 'ok'
print(subscripted())
