# generator throw() and close(): exceptions raised at the yield, handled or not, GeneratorExit, finally blocks
def worker():
    while True:
        try:
            x = yield
            print('got', x)
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
        finally:
            print('finally block')
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError('bad value')))
next(w)
try:
    w.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', e)
print(w.gi_frame is None)
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('cleanup')
c = closable()
next(c)
c.close()
c.close()
print('closed twice ok')
def bad_close():
    try:
        yield
    except GeneratorExit:
        yield 'should not yield'
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def never_started():
    print('never printed')
    yield
n = never_started()
n.close()
try:
    never_started().throw(TypeError('thrown into unstarted'))
except TypeError as e:
    print(e)
def close_returns():
    try:
        yield
    except GeneratorExit:
        return 'value from close'
g = close_returns()
next(g)
print(g.close())
g = closable()
try:
    g.throw(ValueError)
except ValueError as e:
    print('throw type only', repr(e))
