# reflected operators and NotImplemented
class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return "M" + str(self.c)
    def __add__(self, o):
        print("__add__", o)
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__", o)
        return self.__add__(o)
    def __rsub__(self, o):
        return Money(o - self.c)
    def __rmul__(self, o):
        return Money(self.c * o)
    def __rtruediv__(self, o):
        return "rtruediv " + str(o)
    def __rpow__(self, o):
        return "rpow " + str(o)
m = Money(5)
print(m + 1, 1 + m, m + m)
print(sum([Money(1), Money(2)]))
print(10 - m, 3 * m, 1 / m, 2 ** m)
try:
    m + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + m
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class L:
    def __mul__(self, o):
        return NotImplemented
class R:
    def __rmul__(self, o):
        return "R.__rmul__"
print(L() * R())
try:
    L() * L()
except TypeError as e:
    print(type(e).__name__, e)
print([1] * 2, 2 * [1], "ab" * 2)
