# a module with a module-level __getattr__ and __dir__ (PEP 562), imported by module_getattr.py (not a program)
eager = 'defined normally'
def __getattr__(name):
    if name.startswith('lazy_'):
        return f'computed {name}'
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
def __dir__():
    return ['eager', 'lazy_example']
