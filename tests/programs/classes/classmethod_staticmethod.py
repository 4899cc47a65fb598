# classmethod and staticmethod
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @staticmethod
    def helper():
        return "static helper"
t = Temp.from_f(212)
print(type(t).__name__, t.deg)
print(Temp.describe(), t.describe())
print(Temp.c_to_f(100), t.c_to_f(0), Temp.helper(), t.helper())
class Kelvin(Temp):
    unit = "K"
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe())
print(type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["c_to_f"]).__name__)
print(Temp.from_f.__self__ is Temp, Kelvin.from_f.__self__ is Kelvin)
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.add("a"), Registry().add("b"), Registry.items)
sm = staticmethod(lambda: "wrapped")
class Holder:
    f = sm
    g = classmethod(lambda cls: cls.__name__)
print(Holder.f(), Holder().f(), Holder.g(), Holder().g())
try:
    Temp.from_f()
except TypeError as e:
    print(type(e).__name__, e)
