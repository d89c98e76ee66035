# half of a circular import pair (not a program)
import _helper_cycle_b
A_VALUE = 'a'
def from_b():
    return _helper_cycle_b.B_VALUE
