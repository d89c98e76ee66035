# a sibling module without __all__, for import * (not a program itself)
public_name = 'public'
_hidden_name = 'hidden'
def func():
    return 'func from _helper_noall'
