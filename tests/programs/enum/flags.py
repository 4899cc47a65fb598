# Flag and IntFlag: combination, membership, iteration, repr/str, boundaries.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, rw.name)
print(repr(Perm.R & Perm.W), str(Perm.R & Perm.W), bool(Perm.R & Perm.W))
print(repr(rw ^ Perm.W), repr(~Perm.R), repr(~rw), repr(~(Perm.R | Perm.W | Perm.X)))
print(Perm.R in rw, Perm.X in rw, (Perm.R | Perm.W) in rw)
print(list(rw), len(rw), len(Perm), list(Perm))
print(Perm(6) is rw, Perm(0), repr(Perm(0)), bool(Perm(0)))
print(rw == Perm(6), hash(rw) == hash(Perm(6)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print([c.value for c in Color], list(Color))
print(repr(Color.WHITE), repr(Color.BLACK), Color.RED | Color.GREEN | Color.BLUE)
print(list(Color.WHITE), len(Color.WHITE), Color.BLACK in Color.WHITE)
print(repr(Color(3)), repr(~Color.WHITE), repr(~Color.BLACK))
print(list(Color.__members__))

try:
    Perm(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in Perm.R
except TypeError as e:
    print(type(e).__name__, e)
try:
    Perm('r')
except ValueError as e:
    print(type(e).__name__, e)


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


rwx = IPerm.R | IPerm.W | IPerm.X
print(repr(rwx), str(rwx), format(rwx), f"{rwx:03b}", rwx == 7, rwx + 1)
print(repr(IPerm.R | 1), repr(IPerm(9)), str(IPerm(9)), repr(IPerm(0)), repr(~IPerm.R))
print(isinstance(IPerm.R, int), IPerm.R * 2, repr(IPerm.R & 6), IPerm.W in rwx)
print(list(IPerm(7)), sorted(IPerm, key=int))
print(repr(IPerm(8)), list(IPerm(12)))


class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    THURSDAY = 8
    FRIDAY = 16
    SATURDAY = 32
    SUNDAY = 64
    WEEKEND = SATURDAY | SUNDAY
    WORKDAYS = MONDAY | TUESDAY | WEDNESDAY | THURSDAY | FRIDAY


chores = {"laundry": Weekday.SATURDAY, "gym": Weekday.MONDAY | Weekday.WEDNESDAY | Weekday.FRIDAY}
for day in Weekday:
    todo = sorted(k for k, v in chores.items() if day in v)
    print(day.name, todo, day in Weekday.WEEKEND)
print(repr(Weekday.SATURDAY | Weekday.SUNDAY), repr(Weekday.MONDAY | Weekday.SUNDAY))
print(repr(~Weekday.WEEKEND))
