# exceptions raised inside handlers and finally clauses: automatic chaining, sys.exception() restoration
import sys
def handler_raises():
    try:
        raise ValueError('first')
    except ValueError:
        print('handling', repr(sys.exception()))
        raise TypeError('second')
try:
    handler_raises()
except TypeError as e:
    print(repr(e), '<- context', repr(e.__context__))
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise IndexError('inner')
    except IndexError:
        print('inner handler sees', repr(sys.exception()))
    print('back in outer handler sees', repr(sys.exception()))
print('after all handlers', sys.exception())
def gen():
    try:
        raise ValueError('in generator')
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
print(next(g))
try:
    raise KeyError('outside generator')
except KeyError:
    print(next(g))
print(sys.exception())
try:
    try:
        raise ValueError(1)
    finally:
        print('finally sees', repr(sys.exception()))
except ValueError:
    pass
