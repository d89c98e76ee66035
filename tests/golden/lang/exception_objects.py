# exception objects: args, str/repr with 0/1/many args, attributes, with_traceback, subclass attributes
for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(None), KeyError('key'), KeyError(),
          KeyError('a', 'b'), OSError(2, 'msg'), OSError(2, 'msg', 'file.txt'), UnicodeError('u'), StopIteration(5),
          SystemExit(3), AttributeError('attr'), NameError('nm'), IndexError(1.5)]:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
try:
    {}['missing']
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    None.attr
except AttributeError as e:
    print(e.name, repr(e.obj), e)
try:
    undefined
except NameError as e:
    print(e.name, e)
e = ValueError('x')
e.custom = 'attached'
print(e.custom, e.__traceback__, e.with_traceback(None) is e)
class MyError(Exception):
    def __init__(self, code, text):
        super().__init__(f'{code}: {text}')
        self.code = code
try:
    raise MyError(404, 'not found')
except MyError as err:
    print(err, err.code, err.args, repr(err))
class NoInit(Exception): pass
print(repr(NoInit(1, 2)), str(NoInit('only')))
class StrOverride(Exception):
    def __str__(self): return 'custom str'
print(StrOverride('ignored'), repr(StrOverride('ignored')))
e = Exception('a')
e.args = ('changed', 1)
print(e, e.args)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
print(OSError(2, 'x').__class__.__name__, FileNotFoundError.__mro__[1].__name__, BlockingIOError.__base__.__name__)
print(Exception.__mro__, BaseException.__bases__)
