# import a sibling module and use its attributes
import _helper_math
print(_helper_math.PI_ISH, _helper_math.square(4), _helper_math.cube(2))
print(_helper_math.calls)
v = _helper_math.Vector(1, 2)
print(v, type(v).__name__, type(_helper_math).__name__)
print(_helper_math.__name__, _helper_math._private_value)
import _helper_math
print("second import does not re-run the body")
try:
    _helper_math.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(_helper_math) if not n.startswith("__")))
