# try/finally ordering: finally runs on normal exit, exceptions, return, break, continue; else before finally
def order(raise_it):
    try:
        print(' try')
        if raise_it:
            raise RuntimeError('boom')
    except RuntimeError:
        print(' except')
    else:
        print(' else')
    finally:
        print(' finally')
    print(' after')
order(False)
order(True)
def propagate():
    try:
        raise KeyError('k')
    finally:
        print('finally while propagating')
try:
    propagate()
except KeyError as e:
    print('caught', e)
def finally_raises():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('replacement')
try:
    finally_raises()
except TypeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
def nested():
    try:
        try:
            1 / 0
        finally:
            print('inner finally')
    except ZeroDivisionError:
        print('outer except')
    finally:
        print('outer finally')
nested()
def finally_var():
    x = 'try'
    try:
        return x
    finally:
        x = 'finally changed local'
        print('finally sees', x)
print(finally_var())
