# An exception raised in __del__ is printed to stderr and ignored
import sys

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "| in", getattr(u.object, "__qualname__", "?"),
          "| msg", u.err_msg)

sys.unraisablehook = hook

class Grumpy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Grumpy.__del__", self.name)
        raise ValueError("refusing to die: " + self.name)

g = Grumpy("one")
del g
print("program continues")

def f():
    x = Grumpy("two")
    return 42

print("f() =", f())

class Careful:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            print("handled inside __del__:", e)

Careful()
print("after Careful")

class Chatty:
    def __del__(self):
        print("exc_info inside __del__:", sys.exc_info()[0])

try:
    raise KeyError("outer")
except KeyError:
    c = Chatty()
    del c
    print("still handling:", sys.exc_info()[0].__name__)

class BadAttr:
    def __del__(self):
        self.missing.attribute

b = BadAttr()
b = None
print("done")

