# module-level __getattr__/__dir__, circular imports, imports inside functions, __import__, import fallbacks
import _helper_lazy
print(_helper_lazy.eager, _helper_lazy.lazy_thing, dir(_helper_lazy))
from _helper_lazy import lazy_imported
print(lazy_imported)
try:
    _helper_lazy.other
except AttributeError as e:
    print(e)
try:
    from _helper_lazy import missing
except ImportError as e:
    print(e)
import _helper_cycle_a
print(_helper_cycle_a.from_b(), _helper_cycle_a._helper_cycle_b.PARTIAL_AT_IMPORT, _helper_cycle_a._helper_cycle_b.a_is_partial())
def local_import():
    import _helper_lazy as lz
    return lz.eager, 'lz' in globals()
print(local_import())
mod = __import__('_helper_lazy')
print(mod is _helper_lazy, __import__('pkg_shapes.circle').__name__)
try:
    import this_module_does_not_exist_anywhere
except ImportError:
    this_module_does_not_exist_anywhere = None
    print('fell back after ImportError')
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
