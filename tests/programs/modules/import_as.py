# import ... as ...
import _helper_math as hm
import _helper_state as st, _helper_all as al
print(hm.square(6), st.counter, al.public_a)
print(hm.__name__, st.__name__)
try:
    _helper_math
except NameError as e:
    print(type(e).__name__, e)
import sys
print("_helper_math" in sys.modules, "hm" in sys.modules)
import math as m
print(m.sqrt(16), m is sys.modules["math"])
def local_import():
    import _helper_math as local_hm
    return local_hm.cube(2), "local_hm" in globals()
print(local_import())
