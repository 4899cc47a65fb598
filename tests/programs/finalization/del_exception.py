# An exception raised in __del__ is reported as "unraisable" and the program goes on.
import gc
import sys

gc.disable()


def hook(unraisable):
    obj = unraisable.object
    where = getattr(obj, "__qualname__", type(obj).__name__)
    print(f"  hook: {unraisable.exc_type.__name__}({unraisable.exc_value}) in {where}"
          f" msg={unraisable.err_msg!r} tb={unraisable.exc_traceback is not None}")


class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Bad.__del__", self.name)
        raise ValueError("cannot close " + self.name)


class Good:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Good.__del__", self.name)


sys.unraisablehook = hook
print("del statement:")
b = Bad("one")
del b
print("program continues")

print("list of mixed objects:")
items = [Good("g1"), Bad("b1"), Good("g2"), Bad("b2")]
del items
print("all four finalized")

print("in a cycle:")
c = Bad("cyclic")
c.me = c
del c
print("collected:", gc.collect())


class Chained:
    def __del__(self):
        try:
            {}["missing"]
        except KeyError:
            raise RuntimeError("while cleaning up")


print("chained exception:")
ch = Chained()
del ch


class AttrFail:
    def __del__(self):
        self.missing_attribute


print("AttributeError:")
AttrFail()
print("after temporary")


# the default hook writes to stderr; this object's finalizer has a fixed repr
class Finalizer:
    def __call__(self):
        raise ZeroDivisionError("from a callable __del__")

    def __repr__(self):
        return "<Finalizer object>"


class UsesFinalizer:
    __del__ = Finalizer()


sys.unraisablehook = sys.__unraisablehook__
print("default hook:")
u = UsesFinalizer()
del u
print("done", file=sys.stderr)
print("end")
