# from module import *: honours __all__, skips underscore names otherwise; not allowed in functions
from _helper_mod import *
print(VALUE, double(3), Thing())
for name in ['_private', 'not_exported']:
    print(name, name in globals())
from _helper_noall import *
print(public_name, func(), '_hidden_name' in globals())
try:
    exec('def f():\n    from _helper_mod import *\n')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
