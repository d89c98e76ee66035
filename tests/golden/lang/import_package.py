# importing a package: __init__ runs once, submodules, relative imports inside the package, attributes
import pkg_shapes
print(pkg_shapes.Circle(2).area(), pkg_shapes.DEFAULT_SIZE, pkg_shapes.sq_module.area(4))
print(pkg_shapes.__name__, pkg_shapes.__package__, pkg_shapes.circle.__name__, pkg_shapes.sq_module.relative_import_worked())
import pkg_shapes.sub
print(pkg_shapes.sub.SUB_AREA, pkg_shapes.sub.__package__)
from pkg_shapes.sub import deep
print(deep.NAME, deep.parent_module_file())
from pkg_shapes import square as sq, circle
print(sq.area(5), circle.Circle(1).area())
import pkg_shapes.circle as c2
print(c2 is circle)
try:
    import pkg_shapes.missing
except ModuleNotFoundError as e:
    print(e)
try:
    from pkg_shapes import missing_name
except ImportError as e:
    print(e)
import sys
print(sorted(m for m in sys.modules if m.startswith('pkg_shapes')))
