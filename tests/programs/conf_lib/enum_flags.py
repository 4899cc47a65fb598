from enum import Flag, IntFlag, auto, Enum

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(rw & Perm.W, rw ^ Perm.R, ~Perm.R)
print(list(Perm), [m.value for m in Perm])
print(Perm(0), repr(Perm(0)), bool(Perm(0)))
print(Perm(7), Perm(7).name)
print(list(rw) if hasattr(rw, "__iter__") else None)
class Open(IntFlag):
    RD = 1
    WR = 2
    AP = 4
m = Open.RD | Open.AP
print(m, repr(m), int(m), m == 5, m | 8)
print(Open.RD + 1, Open(3))
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color), Color.RED | Color.GREEN | Color.BLUE)
print(len(Color.WHITE), Color.WHITE.value)
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    @classmethod
    def today(cls):
        return cls.TUE
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.today(), Weekday.WED.next(), Weekday.MON.next())
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Ordered])
