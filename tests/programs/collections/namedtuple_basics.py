# collections.namedtuple: fields, defaults, methods, errors, subclassing.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], len(p), tuple(p))
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple))
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), Point._fields)
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__)
print(hash(p) == hash((11, 22)), sorted([Point(2, 1), Point(1, 2)]))

Employee = namedtuple("Employee", "name, dept salary", defaults=[50000])
e = Employee("ann", "eng")
print(e, Employee._field_defaults, Employee("bob", "ops", 1))
Opt = namedtuple("Opt", "a b c", defaults=(2, 3))
print(Opt(1), Opt(1, c=9))

for args in [("Point", "x y"), ("P", "x")]:
    print(namedtuple(*args)._fields)
print(namedtuple("R", "abc def _x abc 1y", rename=True)._fields)

bad = [("P", "x x"), ("P", "_private"), ("class", "a"), ("P", "a-b"), ("P", "for"), ("P", "3d")]
for typename, fields in bad:
    try:
        namedtuple(typename, fields)
    except ValueError as err:
        print("ValueError", err)
try:
    namedtuple("P", "a", defaults=[1, 2])
except TypeError as err:
    print("TypeError", err)

try:
    Point(1)
except TypeError as err:
    print("TypeError", err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print("TypeError", err)
try:
    Point(1, 2, z=3)
except TypeError as err:
    print("TypeError", err)
try:
    Point._make([1, 2, 3])
except TypeError as err:
    print("TypeError", err)
try:
    p._replace(z=5)
except ValueError as err:
    print("ValueError", err)
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError", err)
try:
    del p.y
except AttributeError as err:
    print("AttributeError", err)
try:
    p.z = 5
except AttributeError as err:
    print("AttributeError", err)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4) + Vector(1, 1)
print(v, v.norm2, type(v).__name__, Vector._fields)

Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "SH" for r in "AK"]
print(deck)
print(sorted(deck, key=lambda c: (c.suit, c.rank)))
by_suit = {}
for c in deck:
    by_suit.setdefault(c.suit, []).append(c.rank)
print(by_suit)
print(Point(x=1, y=2).__match_args__ if hasattr(Point, "__match_args__") else None)
match Point(0, 5):
    case Point(0, yy):
        print("on y axis at", yy)
    case _:
        print("elsewhere")
