# circular import sees a partially initialised module
import sys
import _helper_cyc_x
print("main:", _helper_cyc_x.X_LATE, _helper_cyc_x._helper_cyc_y.SEEN)
print(sorted(k for k in sys.modules if k.startswith("_helper_cyc")))
y = sys.modules["_helper_cyc_y"]
print(y._helper_cyc_x is _helper_cyc_x, y.X_EARLY)
