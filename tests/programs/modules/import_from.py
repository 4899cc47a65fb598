# from-import forms
from _helper_math import square, cube as c3, PI_ISH
print(square(3), c3(3), PI_ISH)
from _helper_math import Vector
print(Vector(0, 1))
from _helper_all import *
print(public_a, public_b)
try:
    print(not_exported)
except NameError as e:
    print(type(e).__name__, e)
from _helper_all import not_exported, _underscore
print(not_exported, _underscore)
try:
    from _helper_math import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'does_not_exist' from '_helper_math'"), e.name)
from _helper_math import (
    square as sq,
    cube,
)
print(sq(5), cube(5))
import _helper_math
print(square is _helper_math.square, sq is square)
