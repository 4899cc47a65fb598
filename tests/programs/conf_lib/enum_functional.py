from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique, verify, UNIQUE, CONTINUOUS, member, nonmember
import enum

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, repr(Animal.BIRD))
Sz = Enum("Sz", [("S", 1), ("M", 5), ("L", 10)])
print(Sz.M, Sz(10), [m.value for m in Sz])
Lvl = IntEnum("Lvl", {"LOW": 1, "HI": 9})
print(Lvl.HI, Lvl.HI > 5, repr(Lvl.LOW))
class Col(StrEnum):
    RED = auto()
    GREEN = auto()
print(Col.RED, repr(Col.RED), Col.RED == "red", Col.GREEN.upper(), f"{Col.GREEN}")
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), str(Perm.R | Perm.X), Perm(0), repr(Perm(0)))
print(format(Perm.R | Perm.W), f"{Perm.R:d}", Perm(8) if False else "-", Perm(15) if False else "-")
print(repr(Perm(7)), list(Perm(7)), Perm.R in Perm(6))
class F(Flag):
    A = 1
    B = 2
    C = 4
print(F.A | F.C, repr(F.A | F.C), (F.A | F.C).name, F(3).name, ~(F.A | F.B))
print(repr(~F.A), len(F.A | F.B | F.C), list(F.A | F.B))
class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
    def __str__(self):
        return "Shape:" + self.name
print(Shape.CIRCLE, Shape.SQUARE.describe(), [str(s) for s in Shape], repr(Shape.CIRCLE))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Http(404).name, Http.OK + 0, Http["OK"], f"{Http.OK!r}", "%d %s" % (Http.OK, Http.OK))
print(isinstance(Http.OK, int), Http.OK.__class__.__mro__[1:3])
print(Animal.CAT < Animal.DOG if False else "skip", Animal.CAT.__eq__(Animal.CAT))
try:
    Animal.CAT < Animal.DOG
except TypeError as e:
    print("TypeError", e)
class WithDefault(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(WithDefault(99))
try:
    class Ext(Animal):
        FISH = 4
except TypeError as e:
    print("TypeError", e)
print(enum.unique is unique, Http.__members__.keys() if False else list(Http.__members__))
