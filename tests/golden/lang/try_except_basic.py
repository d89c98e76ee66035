# try/except: matching by class, by tuple, by base class, bare except, except-as scope cleared afterwards
def risky(kind):
    if kind == 'zero': return 1 / 0
    if kind == 'key': return {}['k']
    if kind == 'index': return [][0]
    if kind == 'type': return 1 + 'a'
    if kind == 'value': return int('x')
    if kind == 'attr': return None.foo
    return 'fine'
for kind in ['zero', 'key', 'index', 'type', 'value', 'attr', 'none']:
    try:
        result = risky(kind)
    except ZeroDivisionError as e:
        print(kind, 'ZeroDivisionError', e)
    except (KeyError, IndexError) as e:
        print(kind, 'lookup', type(e).__name__, e)
    except ArithmeticError:
        print('never: ZeroDivisionError was handled above')
    except TypeError as e:
        print(kind, 'TypeError', e)
    except Exception as e:
        print(kind, 'Exception', type(e).__name__, e)
    else:
        print(kind, 'no exception:', result)
try:
    raise ValueError('bare')
except:
    print('bare except caught it')
try:
    raise KeyError('x')
except LookupError as e:
    print('base class catches', repr(e))
e = 'outer value'
try:
    raise Exception('scoped')
except Exception as e:
    pass
try:
    print(e)
except NameError as err:
    print('except-as name deleted:', err)
exc_types = (TypeError, ValueError)
try:
    int('z')
except exc_types as err:
    print('tuple in variable:', err)
try:
    try:
        raise OSError(2, 'No such thing')
    except ValueError:
        print('not this')
except OSError as err:
    print('outer handler', err.errno, err.strerror, err)
