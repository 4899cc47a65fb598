from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1])
print(p._replace(x=10))
print(p._asdict())
print(Point._fields)
print(Point._make([5, 6]))
x, y = p
print(x + y)
Person = namedtuple("Person", "name age city", defaults=["Nowhere"])
print(Person("Ann", 30))
print(Person._field_defaults)
R = namedtuple("R", "a, b, def", rename=True)
print(R._fields)
print(R(1, 2, 3))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
print(p == (3, 4), hash(p) == hash((3, 4)))
class P3(namedtuple("P3", "x y z")):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"
q = P3(1, -2, 3)
print(q, repr(q), q.norm())
print(Point.__name__, Point.x.__doc__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", "a _b")
except ValueError as e:
    print("ValueError", e)
