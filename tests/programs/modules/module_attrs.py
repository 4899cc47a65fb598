# module objects: attributes, __dict__, mutation from outside
import _helper_state
import _helper_math
print(_helper_state.counter, _helper_state.items)
_helper_state.counter = 100
print(_helper_state.bump())
_helper_state.new_attr = "set from importer"
print(_helper_state.new_attr, "new_attr" in vars(_helper_state))
print(_helper_state.add("x"), _helper_state.add("y"), _helper_state.items)
print(_helper_math.__dict__["PI_ISH"], _helper_math.__file__.endswith("_helper_math.py"))
print(getattr(_helper_state, "missing", "dflt"), hasattr(_helper_math, "Vector"))
setattr(_helper_math, "square", lambda x: "patched")
print(_helper_math.square(2))
del _helper_state.new_attr
print(hasattr(_helper_state, "new_attr"))
import sys
me = sys.modules[__name__]
print(me.__name__, hasattr(me, "me"))
