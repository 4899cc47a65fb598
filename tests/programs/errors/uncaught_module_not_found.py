# uncaught ModuleNotFoundError raised from inside a function
import sys
def load(name):
    print("loading", name, name in sys.modules)
    if name == "sys":
        import sys as mod
    else:
        import _no_such_module_for_gilpy as mod
    return mod
print(load("sys").__name__)
load("other")
print("not reached")
