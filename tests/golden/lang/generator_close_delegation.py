# close() and throw() through yield from chains: inner finally blocks run, return values, GeneratorExit handling
def inner(name):
    try:
        yield f'{name}-1'
        yield f'{name}-2'
    finally:
        print(f'{name} finally')
def middle():
    try:
        yield from inner('inner')
    finally:
        print('middle finally')
def outer():
    try:
        yield from middle()
    finally:
        print('outer finally')
g = outer()
print(next(g))
g.close()
print('closed')
g = outer()
next(g)
try:
    g.throw(KeyError('thrown'))
except KeyError as e:
    print('propagated out:', e)
def catching_inner():
    try:
        yield 1
    except ValueError:
        yield 'inner handled ValueError'
    return 'inner returned'
def delegator():
    r = yield from catching_inner()
    yield f'delegator got {r}'
g = delegator()
next(g)
print(g.throw(ValueError))
print(next(g))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        print('inner saw GeneratorExit')
        raise
def wraps_ignore():
    yield from ignore_exit()
g = wraps_ignore()
next(g)
g.close()
print(g.gi_yieldfrom, g.gi_frame)
