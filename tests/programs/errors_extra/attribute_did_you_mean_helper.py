# AttributeError "Did you mean" for a helper module attribute and for a class attribute
import sys
import os
sys.path.insert(0, os.path.dirname(__file__))
import _helper_mod

class Settings:
    verbose = False
    def describe(self):
        return "settings"

print(Settings.describe(Settings()))
try:
    Settings.verbos
except AttributeError as e:
    print("caught:", e)
print(_helper_mod.averag([1, 2]))
