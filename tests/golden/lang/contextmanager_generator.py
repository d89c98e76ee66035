# a hand-written @contextmanager built on generators: setup/teardown, exception forwarding with throw, suppression
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError('generator did not stop')
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as t:
    print('inside', t)
    with tag('span'):
        print('nested')
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print('suppressed', type(e).__name__, e)
with suppress(KeyError, ValueError):
    {}['missing']
print('continues after suppression')
try:
    with suppress(KeyError):
        raise TypeError('not suppressed')
except TypeError as e:
    print('propagated', e)
@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError('transformed') from e
try:
    with transform():
        1 / 0
except ValueError as e:
    print(e, '<-', repr(e.__cause__))
