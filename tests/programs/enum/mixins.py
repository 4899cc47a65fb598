# IntEnum, StrEnum, mixed-in types, custom __new__/__init__, _missing_, functional API.
from enum import Enum, IntEnum, StrEnum, auto
import pickle


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(repr(Priority.HIGH), str(Priority.HIGH), format(Priority.HIGH), f"{Priority.LOW:>4}|")
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority.HIGH + 1, Priority(3))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), [p * 10 for p in Priority], {2: 'two'}[Priority.MEDIUM])
print(isinstance(Priority.LOW, int), int(Priority.HIGH), hash(Priority.LOW) == hash(1))
print("%d %s" % (Priority.LOW, Priority.LOW), "{}".format(Priority.HIGH))


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "Custom-Verb"


print(repr(Method.GET), str(Method.GET), Method.POST == "post", Method.CUSTOM.upper())
print(list(Method), Method("get"), "/".join(Method), f"{Method.POST}!")
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)


class Currency(str, Enum):
    USD = "usd"
    EUR = "eur"


print(repr(Currency.USD), str(Currency.USD), format(Currency.EUR), Currency.USD == "usd")
print(Currency("eur"), Currency.USD.value, Currency.USD.startswith("u"))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')


print(str(Coordinate.PY), Coordinate(1).label, Coordinate.PX.unit, Coordinate(0) is Coordinate.PX)


class Shade(Enum):
    LIGHT = 1
    DARK = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


print(Shade("light"), Shade("DARK"))
try:
    Shade("grey")
except ValueError as e:
    print(type(e).__name__, e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Broken(2)
except TypeError as e:
    print(type(e).__name__, e)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print(list(Lower))

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.CAT.value, Animal.__name__)
Fruit = Enum('Fruit', ['APPLE', 'PEAR'], start=10)
print(list(Fruit))
Sizes = IntEnum('Sizes', [('S', 1), ('M', 5), ('L', 10)])
print(list(Sizes), Sizes.M + 1)
Codes = Enum('Codes', {'OK': 200, 'NOT_FOUND': 404})
print(Codes(404), repr(Codes.OK))

for obj in (Priority.MEDIUM, Method.POST, Animal.BEE, Shade.DARK):
    back = pickle.loads(pickle.dumps(obj))
    print(back, back is obj)

import copy
print(copy.copy(Shade.LIGHT) is Shade.LIGHT, copy.deepcopy([Shade.DARK])[0] is Shade.DARK)
