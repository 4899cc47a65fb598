# How long objects live when exceptions and tracebacks refer to them.
import gc
import sys

gc.disable()


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def fail(name):
    local = Res(name)
    raise ValueError(name)


print("handled at module level:")
try:
    fail("frame-local")
except ValueError as e:
    print("  handling; the traceback still holds the frame")
print("  after the handler (the name e is gone):", "e" in globals())

print("exception saved in a variable:")
try:
    fail("saved")
except ValueError as e:
    saved = e
print("  saved; frame kept alive by saved.__traceback__")
saved = None
print("  dropped")

print("traceback cleared by hand:")
try:
    fail("cleared")
except ValueError as e:
    saved = e
saved.__traceback__ = None
print("  traceback dropped")
saved = None

print("exception argument:")
try:
    raise KeyError(Res("argument"))
except KeyError:
    print("  handling")
print("  after handler")


def handle_inside():
    try:
        fail("inner-frame")
    except ValueError:
        print("  handled inside a function")
    print("  function continues")


print("handled in a function:")
handle_inside()
print("  returned")

print("re-raised and caught again:")
try:
    try:
        fail("reraised")
    except ValueError:
        print("  first handler")
        raise
except ValueError:
    print("  second handler")
print("  after both")

print("exception chaining:")
try:
    try:
        fail("cause")
    except ValueError as first:
        raise RuntimeError("second") from first
except RuntimeError as e:
    print("  chained:", type(e.__cause__).__name__, e.__cause__)
print("  after handler")

print("sys.exc_info inside handler:")
try:
    fail("exc-info")
except ValueError:
    info = sys.exc_info()
    print("  got", info[0].__name__)
    del info
print("  after handler")
print("end")
