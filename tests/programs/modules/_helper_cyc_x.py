print("cyc_x: start")
X_EARLY = "x-early"
import _helper_cyc_y
print("cyc_x: y sees", _helper_cyc_y.SEEN)
X_LATE = "x-late"
print("cyc_x: end")
