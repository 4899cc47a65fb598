# Basic Enum usage: definition, access, iteration, lookup, repr/str/format.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(str(Color.GREEN), format(Color.BLUE), f"{Color.RED}", f"[{Color.RED:>12}]")
print(Color.RED.name, Color.RED.value)
print(list(Color))
print(len(Color))
print([c.name for c in reversed(Color)])
print(Color(2), Color['BLUE'])
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED in Color)
print(type(Color.RED), isinstance(Color.RED, Color), repr(Color))
print(Color.RED == 1)
print(getattr(Color, 'GREEN'))

# members are hashable and usable as dict keys
counts = {Color.RED: 3, Color.BLUE: 1}
print(counts[Color.RED], sorted(counts, key=lambda c: c.value))

# __members__ includes aliases
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(list(Shape.__members__.items()))
print(Shape.ALIAS_FOR_SQUARE, Shape(2), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print([name for name, m in Shape.__members__.items() if m.name != name])

# errors
try:
    Color(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(type(e).__name__, e)


# auto values
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), [o.value for o in Ordinal])


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)

    @classmethod
    def today(cls, n):
        return cls(n % 7 + 1)

    @property
    def short(self):
        return self.name[:3].title()


print([d.short for d in Weekday if d.is_weekend()])
print(Weekday.today(9), Weekday.FRIDAY.is_weekend())

# string-valued members
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


def describe(s):
    if s is Status.ACTIVE:
        return "on"
    return "off"


print(describe(Status("active")), describe(Status.INACTIVE), repr(Status.ACTIVE))
print(Status.ACTIVE.value.upper())
