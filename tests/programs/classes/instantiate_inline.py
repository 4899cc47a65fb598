# Calling a class: object.__new__ then __init__, with every check type.__call__ makes.
import sys
import traceback


class A:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.count = sys.getrefcount(self)


a = A(1, 2)
print(a.x, a.y, a.count, sys.getrefcount(a))


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
    print(traceback.format_exc().splitlines()[-2:])


class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError("n too big: %d" % n)
        self.n = n


def make(n):
    return Raises(n)


try:
    make(5)
except ValueError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[-1])
    print([l.strip() for l in lines if l.strip().startswith(("return", "raise", "make"))])
print(make(1).n)

# wrong argument counts go through the general path with CPython's messages
for args in ((), (1, 2, 3)):
    try:
        A(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
try:
    A(1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__)


# __new__ of the class's own, and a metaclass with __call__
class WithNew:
    def __new__(cls, v):
        print("WithNew.__new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        print("WithNew.__init__", v)


WithNew(3)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(M(9).v)


# __init__ replaced after the class has been called, and an abstract class
class C:
    def __init__(self):
        self.tag = "first"


print(C().tag)
C.__init__ = lambda self: setattr(self, "tag", "second")
print(C().tag)


def init3(self, a, b):
    self.tag = a + b


C.__init__ = init3
print(C(1, 2).tag)

import abc


class Abstract(abc.ABC):
    def __init__(self, v):
        self.v = v

    @abc.abstractmethod
    def f(self):
        pass


try:
    Abstract(1)
except TypeError as e:
    print("TypeError:", e)


# recursion through __init__ stops with RecursionError, and the count recovers
class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 10**6 else None


try:
    Deep(0)
except RecursionError as e:
    print("RecursionError:", e)
d = Deep(10**6 - 50)
print(d.child is not None)


# __init__ that is a generator function makes a generator, which is not None
class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)

# freeing: the instance dies when the caller drops it
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


Noisy("temp")
n = Noisy("kept")
print("before end")
del n
print("end")


# a subclass made many times, then its base's __init__ replaced, then its own added
class B0:
    def __init__(self, v):
        self.v = ("B0", v)


class B1(B0):
    pass


print([B1(i).v for i in range(3)])
B0.__init__ = lambda self, v: setattr(self, "v", ("B0 replaced", v))
print([B1(i).v for i in range(2)])
B1.__init__ = lambda self, v: setattr(self, "v", ("B1", v))
print([B1(i).v for i in range(2)])
del B1.__init__
print(B1(7).v)
B1.__new__ = lambda cls, v: "not an instance"
print(B1(8))


# a class without __init__ of its own, then given one
class Later:
    pass


print([type(Later()).__name__ for _ in range(2)])
Later.__init__ = lambda self, v=0: setattr(self, "v", v)
print(Later().v, Later(4).v)
del Later.__init__
print(hasattr(Later(), "v"))
