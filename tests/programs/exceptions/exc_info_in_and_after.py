# sys.exc_info() and sys.exception-like state inside, after and between handlers
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, v, tb is not None)
show("start")
try:
    raise ValueError("v1")
except ValueError:
    show("in handler")
    try:
        raise KeyError("k1")
    except KeyError:
        show("in nested handler")
    show("back in outer handler")
show("after")
def raiser():
    raise TypeError("t1")
try:
    raiser()
except TypeError:
    def callee():
        show("callee sees")
    callee()
show("after2")
def gen():
    show("gen start")
    yield 1
    show("gen resumed")
    yield 2
g = gen()
try:
    raise IndexError("idx")
except IndexError:
    next(g)
next(g)
try:
    raise ZeroDivisionError("z")
except ZeroDivisionError:
    pass
finally:
    show("finally after handled")
try:
    try:
        raise OSError("o")
    finally:
        show("finally during propagation")
except OSError:
    pass
e_holder = None
try:
    raise LookupError("l")
except LookupError as e:
    e_holder = e
    print(sys.exc_info()[1] is e)
print(e_holder, e_holder.__traceback__ is not None)
try:
    e
except NameError as ne:
    print("NameError", ne)
def handler_returns():
    try:
        raise ValueError("r")
    except ValueError:
        return sys.exc_info()[0].__name__
print(handler_returns())
show("end")
