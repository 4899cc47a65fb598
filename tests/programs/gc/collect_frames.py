# Cycles created by generators, exceptions and tracebacks.
import gc
import sys

gc.disable()
gc.collect()


def report(label):
    print(f"{label}: {gc.collect()}")


class E(Exception):
    def __del__(self):
        print("  E.__del__", self.args[0])


def gen():
    yield 1
    yield 2


g = gen()
holder = [g]
print(next(g))
del g, holder
report("plain generator, no cycle")


def catcher():
    try:
        raise E("stored")
    except E as e:
        err = e
    print("  catcher returns")


catcher()
print("after catcher")
report("exception stored in a local")


def keep_exc_info():
    try:
        raise E("exc_info")
    except E:
        info = sys.exc_info()
    return info[0].__name__


print(keep_exc_info())
report("exc_info stored in a local")


def no_cycle():
    try:
        raise E("not kept")
    except E as e:
        msg = str(e)
    print("  no_cycle returns")
    return msg


print(no_cycle())
report("message only")


class Box:
    pass


def traceback_in_box():
    b = Box()
    try:
        raise E("boxed")
    except E as e:
        b.err = e
    return b


box = traceback_in_box()
print(type(box.err).__name__, box.err.__traceback__ is not None)
del box
print("box deleted")
report("exception stored on returned object")


def cleared():
    try:
        raise E("cleared")
    except E as e:
        err = e
    err.__traceback__ = None
    print("  cleared returns")


cleared()
report("traceback cleared")
gc.enable()
