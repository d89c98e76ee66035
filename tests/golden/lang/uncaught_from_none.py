# raise ... from None suppresses the context in the printed traceback
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f'no {k}') from None
lookup({}, 'x')
