# yield from: delegation, return value of the subgenerator, send/throw forwarding, yield from iterables
def inner():
    x = yield 'inner 1'
    print('inner received', x)
    y = yield 'inner 2'
    print('inner received', y)
    return 'inner result'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer done'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x * x for x in range(3)))))
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print('subgenerator caught', e)
def delegating():
    yield from catcher()
d = delegating()
next(d)
d.throw(KeyError('forwarded'))
d.close()
print('closed delegating generator')
def sub_raises():
    yield 1
    raise ValueError('from sub')
def outer2():
    try:
        yield from sub_raises()
    except ValueError as e:
        yield f'outer caught {e}'
print(list(outer2()))
def returns_only():
    return 5
    yield
def uses():
    v = yield from returns_only()
    yield v
print(list(uses()))
class It:
    def __iter__(self): return iter([10, 20])
def from_iterable():
    r = yield from It()
    yield r
print(list(from_iterable()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(e)
