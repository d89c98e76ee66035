# raise forms: instance, class, with args, bare re-raise, raise from, raise from None, re-raise in nested handlers
def show(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), '| cause:', repr(e.__cause__), '| context:', repr(e.__context__),
              '| suppress:', e.__suppress_context__)
def r1(): raise ValueError
def r2(): raise ValueError('msg', 2)
def r3():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
def r4():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
def r5():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('no context shown') from None
def r6(): raise KeyError('k') from TypeError('explicit cause')
def r7():
    try:
        {}['x']
    except KeyError:
        raise RuntimeError('implicit context')
def r8():
    try:
        raise TypeError('first')
    except TypeError:
        try:
            raise ValueError('second')
        except ValueError:
            pass
        raise
def r9(): raise ValueError from ValueError
for fn in [r1, r2, r3, r4, r5, r6, r7, r8, r9]:
    show(fn)
for bad in [lambda: (_ for _ in ()).throw(1), ]:
    show(bad)
def raise_int(): raise 5
def raise_cause_int(): raise ValueError from 5
def bare_outside(): raise
show(raise_int); show(raise_cause_int); show(bare_outside)
class NotExc: pass
def raise_class(): raise NotExc
show(raise_class)
