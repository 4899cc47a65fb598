# Exceptions raised in __del__ go to sys.unraisablehook and execution continues.
import sys


def hook(unraisable):
    exc = unraisable.exc_value
    obj = unraisable.object
    print("  hook:", unraisable.exc_type.__name__, exc,
          "| msg:", unraisable.err_msg,
          "| object:", getattr(obj, "__qualname__", type(obj).__name__),
          "| context:", type(exc.__context__).__name__ if exc.__context__ else None,
          "| tb:", unraisable.exc_traceback is not None)


sys.unraisablehook = hook


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("deleting", self.name)
        raise ValueError(f"cannot delete {self.name}")


a = Noisy("first")
del a
print("after first")


def scope():
    local = Noisy("local")
    return "returned"


print(scope())
items = [Noisy("in-list")]
items.clear()
print("after clear")
b = Noisy("rebound")
b = None
print("after rebind")


class Quiet:
    def __del__(self):
        try:
            raise KeyError("inside del")
        except KeyError:
            print("handled inside __del__")


q = Quiet()
del q


class WithContext:
    def __del__(self):
        try:
            {}["x"]
        except KeyError:
            raise RuntimeError("chained in del")


w = WithContext()
del w


def gen():
    try:
        yield 1
    finally:
        raise OSError("generator cleanup failed")


g = gen()
next(g)
del g
print("restoring default hook")
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
print("end")
