# add_note and __notes__ (PEP 678): notes printed in tracebacks, errors for non-str notes
try:
    raise ValueError('with notes')
except ValueError as e:
    e.add_note('first note')
    e.add_note('second\nmultiline note')
    print(e.__notes__)
try:
    ValueError().add_note(42)
except TypeError as e:
    print(e)
e = KeyError('k')
print(hasattr(e, '__notes__'))
def work():
    try:
        {}['config']
    except KeyError as err:
        err.add_note('while loading the configuration')
        raise
work()
