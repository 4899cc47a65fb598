# an error inside __del__ is reported as "Exception ignored in" and the program goes on
import sys

class Named:
    # the default report shows the __del__ function's repr, which holds an address: use its name
    def __init__(self, func):
        self.func = func
    def __repr__(self):
        return f"<function {self.func.__qualname__}>"

def fixed_repr_hook(u):
    args = (u.exc_type, u.exc_value, u.exc_traceback, u.err_msg, Named(u.object))
    sys.__unraisablehook__(type(u)(args))

sys.unraisablehook = fixed_repr_hook

class Handle:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Handle.count += 1
        print("closing", self.name)
        raise OSError(f"cannot close {self.name}")

h = Handle("one")
del h
print("after del, closed:", Handle.count)
x = Handle("two")
x = None
print("closed:", Handle.count)
raise ValueError("final error")
