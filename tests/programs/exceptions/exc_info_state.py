# sys.exc_info and exception state while handling
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(type(sys.exception()).__name__ if hasattr(sys, "exception") else "no sys.exception")
print(sys.exc_info())
def inspect():
    return sys.exc_info()[0]
try:
    raise KeyError("k")
except KeyError:
    print(inspect().__name__)
    try:
        raise IndexError("i")
    except IndexError:
        print(inspect().__name__)
    print(inspect().__name__)
print(inspect())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = gen()
print(next(g))
print(next(g))
