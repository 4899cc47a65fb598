from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm.R & Perm.X), ~Perm.R)
print(list(Perm), Perm(6), Perm(0), repr(Perm(0)), rw.value, rw.name)
print([p.name for p in rw] if hasattr(rw, "__iter__") else "")

class Color(Enum):
    RED = "r"
    GREEN = "g"
    CRIMSON = "r"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def parse(cls, s):
        return cls(s)
print(Color.CRIMSON is Color.RED, list(Color), Color.parse("g").describe(), Color.__members__.keys())
print(Color.RED == "r", Color.RED.value == "r", {Color.RED: 1}[Color.CRIMSON], Color["GREEN"])

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(2), int(Priority.HIGH))
print(f"{Priority.HIGH}", str(Priority.HIGH), repr(Priority.LOW), Priority.LOW == 1, max(Priority))

class Status(StrEnum):
    OPEN = auto()
    CLOSED = auto()
print(Status.OPEN, repr(Status.CLOSED), Status.OPEN == "open", Status.OPEN.upper(), f"{Status.CLOSED}")

class Mode(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Mode.A | Mode.C, Mode(3), repr(Mode.A | Mode.B), Mode.B + 0, Mode(8) if False else "")
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError:", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(p.name, f"{p.gravity:.2f}", p.value)
print(type(Color.RED), isinstance(Color.RED, Color), Color.RED.__class__.__name__, len(Color))
