# a sibling module imported by the import_* golden programs (not a program itself)
print('_helper_mod executing, __name__ =', __name__)
VALUE = 42
_private = 'underscore names are skipped by import *'
__all__ = ['VALUE', 'double', 'Thing']
def double(x):
    return x * 2
class Thing:
    def __repr__(self):
        return f'{__name__}.Thing()'
not_exported = 'left out of __all__'
