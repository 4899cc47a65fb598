# circular imports between two helper modules
import sys
print("_helper_circular_a" in sys.modules)
import _helper_circular_a
print(_helper_circular_a.A_VALUE, _helper_circular_a.get_b())
import _helper_circular_b
print(_helper_circular_b.B_VALUE, _helper_circular_b._helper_circular_a is _helper_circular_a)
print(sorted(k for k in sys.modules if k.startswith("_helper_circular")))
import _helper_circular_b as again
print(again is _helper_circular_b)
print("done")
