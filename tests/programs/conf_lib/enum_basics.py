from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color))
print(len(Color), Color.RED in Color, Color.RED is Color(1))
for name, member in Color.__members__.items():
    print(name, member)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    ALIAS = 2
print(list(Shape), Shape.ALIAS, Shape.ALIAS is Shape.SQUARE)
print(list(Shape.__members__))
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([(m.name, m.value) for m in Auto])
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]))
print(str(Prio.LOW), repr(Prio.HIGH), f"{Prio.HIGH}", int(Prio.HIGH))
print(f"{Color.RED}", format(Color.GREEN))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return round(self.mass / self.radius, 3)
print(Planet.EARTH.ratio, Planet.MARS.value)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
print(Color.RED == 1, hash(Color.RED) == hash(Color.RED))
class Status(str, Enum):
    OK = "ok"
    ERR = "err"
print(Status.OK == "ok", Status("err"), Status.OK.upper())
print(Color.RED.__class__.__name__, type(Color).__name__)
