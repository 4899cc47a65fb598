# __name__ in the main program and in imported modules
print(__name__)
if __name__ == "__main__":
    print("running as main")
import _helper_main_guard
print(_helper_main_guard.describe())
print(_helper_main_guard.__name__)
def f():
    return __name__
print(f())
class C:
    where = __name__
print(C.where, C.__module__)
import _helper_math
print(_helper_math.Vector.__module__, _helper_math.square.__module__)
print(type(__builtins__).__name__ in ("module", "dict"))
