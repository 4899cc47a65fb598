# an AttributeError inside __del__ (an attribute never set), reported through a custom hook
import sys
import traceback

def hook(u):
    print("Exception ignored in:", u.object.__qualname__, file=sys.stderr)
    traceback.print_exception(u.exc_type, u.exc_value, u.exc_traceback)

sys.unraisablehook = hook

class Temp:
    def __init__(self, path):
        if path:
            self.path = path
    def __del__(self):
        print("removing", self.path)

a = Temp("/tmp/x")
del a
b = Temp("")
del b
print("still running")
[].pop()
