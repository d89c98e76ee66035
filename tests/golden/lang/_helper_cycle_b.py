# other half of a circular import pair (not a program)
import _helper_cycle_a
B_VALUE = 'b'
def a_is_partial():
    return hasattr(_helper_cycle_a, 'A_VALUE')
PARTIAL_AT_IMPORT = a_is_partial()
