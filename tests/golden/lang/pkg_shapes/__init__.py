# package used by the import golden programs
print('pkg_shapes/__init__ running as', __name__)
from .circle import Circle
from . import square as sq_module
DEFAULT_SIZE = 3
