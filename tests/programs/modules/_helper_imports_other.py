# helper module that itself imports another helper
import _helper_state
from _helper_math import cube
def use_both():
    _helper_state.bump()
    return cube(3), _helper_state.counter
