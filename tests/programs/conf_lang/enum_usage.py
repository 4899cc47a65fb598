from enum import Enum, IntEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print([c.name for c in Color], len(Color), Color.RED.value)
print(Color.RED == 1, Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)

class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Prio.LOW, Prio.HIGH + 1, Prio.LOW < Prio.HIGH, sorted([Prio.HIGH, Prio.LOW]), f"{Prio.HIGH}")

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(Perm.X), rw.value, bool(Perm(0)))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, Planet.MARS.value, round(Planet.MARS.ratio))

class Shape(str, Enum):
    SQ = "square"
print(Shape.SQ == "square", Shape.SQ.upper(), f"{Shape.SQ.value}")
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Color.__members__.keys())
