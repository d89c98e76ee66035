# with statement errors: missing __enter__/__exit__, exceptions raised by __enter__ and __exit__, truthy return
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for cls in [NoEnter, NoExit, int]:
    try:
        with cls():
            pass
    except TypeError as e:
        print(e)
class EnterFails:
    def __enter__(self): raise ValueError('enter failed')
    def __exit__(self, *a): print('exit not called'); return True
try:
    with EnterFails():
        print('body not run')
except ValueError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): raise RuntimeError(f'exit raised while handling {t.__name__ if t else None}')
try:
    with ExitRaises():
        raise KeyError('original')
except RuntimeError as e:
    print(e, '| context:', repr(e.__context__))
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print(e, '| context:', repr(e.__context__))
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return 'non-empty string suppresses'
with Truthy():
    1 / 0
print('suppressed by truthy value')
class ExitSeesException:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit got', t.__name__, v.args, type(tb).__name__)
        return isinstance(v, ZeroDivisionError)
with ExitSeesException():
    1 / 0
try:
    with ExitSeesException():
        [][0]
except IndexError as e:
    print('not suppressed:', e)
class Enter:
    def __init__(self): self.__exit__ = lambda *a: None
    def __enter__(self): return 1
try:
    with Enter():
        pass
except TypeError as e:
    print('instance attribute is not used:', e)
