# except* in depth: else/finally with except*, nested groups matched by type tuples, exceptions raised in several handlers
def show(e, depth=0):
    if isinstance(e, BaseExceptionGroup):
        print('  ' * depth + f'{type(e).__name__}: {e.message}')
        for sub in e.exceptions:
            show(sub, depth + 1)
    else:
        print('  ' * depth + repr(e))
def attempt(excs):
    try:
        if excs:
            raise ExceptionGroup('batch', excs)
    except* (KeyError, IndexError) as eg:
        print('lookup errors:', [repr(e) for e in eg.exceptions])
    except* ValueError:
        print('value errors handled')
    else:
        print('else: nothing raised')
    finally:
        print('finally always')
attempt([])
attempt([KeyError('a'), ValueError('b'), IndexError('c')])
try:
    attempt([TypeError('unhandled'), KeyError('handled')])
except ExceptionGroup as rest:
    show(rest)
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('from first handler')
    except* TypeError:
        raise IndexError('from second handler')
except ExceptionGroup as e:
    show(e)
def match_all():
    try:
        raise ExceptionGroup('deep', [ExceptionGroup('l1', [ExceptionGroup('l2', [OSError('x')])])])
    except* OSError as eg:
        show(eg)
match_all()
try:
    try:
        raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('v')])
    except* ValueError:
        print('value error split off a BaseExceptionGroup')
except BaseExceptionGroup as e:
    show(e)
for src in ['try:\n    pass\nexcept* ValueError:\n    return 1', 'for x in y:\n    try:\n        pass\n    except* E:\n        break',
            'try:\n    pass\nexcept*:\n    pass']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
