# errors raised inside a function of an imported module, including a custom class
import sys
import os
sys.path.insert(0, os.path.dirname(__file__))
import _helper_mod

print(_helper_mod.average([2, 4]))
try:
    _helper_mod.average([])
except ZeroDivisionError as e:
    print("caught:", e)
print(_helper_mod.strict_lookup({"a": 1}, "a"))
_helper_mod.strict_lookup({"a": 1}, "b")
