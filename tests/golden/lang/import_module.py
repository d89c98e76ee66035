# importing a sibling module: executed once, cached in sys.modules, attributes, import as, from-import
import sys
print('before import')
import _helper_mod
print(_helper_mod.VALUE, _helper_mod.double(4), _helper_mod.Thing(), _helper_mod.__name__)
import _helper_mod as again
print(again is _helper_mod, '_helper_mod' in sys.modules)
from _helper_mod import double, VALUE as V
print(double('ab'), V)
print(type(_helper_mod).__name__, _helper_mod.__file__.endswith('_helper_mod.py'))
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _helper_raises
except ValueError as e:
    print('import failed:', e, '_helper_raises' in sys.modules)
