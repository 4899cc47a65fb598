# a module body runs once, however many times it is imported
import sys
print("_helper_once" in sys.modules)
import _helper_once
import _helper_once
import _helper_once as again
from _helper_once import bump
print(again is _helper_once, "_helper_once" in sys.modules)
print(bump(), _helper_once.LOADS)
def load_inside():
    import _helper_once
    return _helper_once.bump()
print(load_inside())
m = __import__("_helper_once")
print(m is again, m.LOADS)
print(sys.modules["_helper_once"].LOADS is again.LOADS)
del sys.modules["_helper_once"]
import _helper_once
print(_helper_once is again, _helper_once.LOADS, again.LOADS)
