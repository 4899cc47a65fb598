# Recipes from the enum documentation: dataclass mixin, AutoNumber via __new__, OrderedEnum,
# IntEnum cross-class equality, unhashable values, float mixin.
from enum import Enum, IntEnum, Flag, auto
from dataclasses import dataclass
@dataclass
class CreatureData:
    size: str
    legs: int
class Creature(CreatureData, Enum):
    BEETLE = 'small', 6
    DOG = 'medium', 4
print(repr(Creature.DOG), Creature.DOG.legs, str(Creature.BEETLE))
class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class Col(AutoNumber):
    RED = ()
    GREEN = ()
print(list(Col), Col(2))
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted(Grade))
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
class Request(IntEnum):
    POST = 1
    GET = 2
print(Shape.CIRCLE == Request.POST, Shape.CIRCLE is Request.POST)
class Duplicate(Enum):
    A = [1]
    B = [1]
    C = [2]
print(list(Duplicate), Duplicate([1]), Duplicate._unhashable_values_)
class FE(float, Enum):
    PI = 3.14
print(repr(FE.PI), str(FE.PI), format(FE.PI, '.1f') if False else '', FE.PI * 2)
