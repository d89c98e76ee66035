# except* (PEP 654): splitting an ExceptionGroup among handlers, unhandled remainder re-raised, naked exceptions
def show(eg, depth=0):
    print('  ' * depth + f'{type(eg).__name__}({str(eg)!r})')
    for e in getattr(eg, 'exceptions', ()):
        show(e, depth + 1)
try:
    raise ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print('ValueErrors:'); show(eg)
except* (TypeError, KeyError) as eg:
    print('Type/KeyErrors:'); show(eg)
try:
    try:
        raise ExceptionGroup('outer', [ValueError('v'), ExceptionGroup('inner', [TypeError('t'), OSError('o')])])
    except* TypeError as eg:
        print('handled:'); show(eg)
except ExceptionGroup as rest:
    print('remainder:'); show(rest)
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked exception wrapped:'); show(eg)
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* TypeError:
    print('not reached')
except* ValueError:
    print('second clause matched')
def raise_in_handler():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new from handler')
try:
    raise_in_handler()
except BaseException as e:
    print('result:'); show(e)
    print('context of new error:', repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('bare raise re-raises the group:'); show(e)
for bad in ['ExceptionGroup', 'BaseExceptionGroup']:
    try:
        try:
            raise ExceptionGroup('x', [ValueError()])
        except* eval(bad):
            pass
    except TypeError as e:
        print(e)
