from .. import DEFAULT_SIZE
from ..square import area
SUB_AREA = area(DEFAULT_SIZE)
