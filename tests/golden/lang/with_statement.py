# with statement: __enter__ value bound by as, __exit__ called on normal exit and on exceptions with details
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b'):
    print('no as')
try:
    with CM('c') as v:
        raise ValueError('in body')
except ValueError as e:
    print('propagated', e)
with CM('d', suppress=True):
    raise KeyError('suppressed')
print('after suppression')
with CM('e') as x, CM('f') as y:
    print('two managers', x, y)
with (CM('g') as p,
      CM('h') as q):
    print('parenthesized', p, q)
with CM('i', True), CM('j'):
    raise RuntimeError('inner exits first, outer suppresses')
print('nested suppression done')
def returns_inside():
    with CM('k'):
        return 'returned'
print(returns_inside())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
class TupleCM:
    def __enter__(self): return (1, (2, 3))
    def __exit__(self, *a): pass
with TupleCM() as (a, (b, c)):
    print(a, b, c)
obj = type('O', (), {})()
with TupleCM() as obj.attr:
    print(obj.attr)
