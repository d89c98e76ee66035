# __context__ is set implicitly, __cause__ explicitly; cycles avoided; context of handled exceptions
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('inner')
    finally:
        pass
except ValueError as e:
    print('finally does not chain:', e.__context__)
def handler_calls():
    try:
        raise KeyError('k')
    except KeyError:
        return helper()
def helper():
    try:
        raise IndexError('from helper')
    except IndexError as e:
        return repr(e.__context__)
print(handler_calls())
err = ValueError('reused')
try:
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print('no self-cycle:', e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as first:
        try:
            raise TypeError(2)
        except TypeError as second:
            raise first
except ValueError as e:
    print('re-raised first, context:', repr(e.__context__), repr(e.__context__.__context__))
e = RuntimeError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
e2 = RuntimeError()
e2.__context__ = e
print(repr(e2.__context__))
try:
    e.__cause__ = 'not an exception'
except TypeError as te:
    print(te)
import sys
try:
    raise ValueError('current')
except ValueError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
print(sys.exception(), sys.exc_info())
