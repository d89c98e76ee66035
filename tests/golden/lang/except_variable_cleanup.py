# the except-as name is deleted at the end of the handler, even when shadowing, and closures see the deletion
e = 'module value'
try:
    1 / 0
except ZeroDivisionError as e:
    inside = str(e)
print(inside, 'e' in globals())
def f():
    err = 'local before'
    try:
        raise KeyError('k')
    except KeyError as err:
        pass
    try:
        return err
    except UnboundLocalError as ex:
        return f'UnboundLocalError: {ex}'
print(f())
def g():
    try:
        raise ValueError('captured')
    except ValueError as exc:
        saved = exc
        get = lambda: exc
    try:
        return get()
    except NameError as ex:
        return f'{type(ex).__name__}: {ex}', saved
print(g())
def h():
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as i:
            pass
    return 'loop variable reused as except target'
print(h())
def nested_same_name():
    try:
        raise ValueError('outer')
    except ValueError as x:
        try:
            raise TypeError('inner')
        except TypeError as x:
            pass
        try:
            return repr(x)
        except NameError as ne:
            return str(ne)
print(nested_same_name())
