# dataclass-like classes written by hand: __init__, __repr__, __eq__, __hash__, ordering
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

class Employee:
    fields = ("name", "dept", "salary")
    def __init__(self, *args, **kwargs):
        values = dict(zip(self.fields, args))
        values.update(kwargs)
        for f in self.fields:
            setattr(self, f, values.get(f))
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(other) is type(self) and self.astuple() == other.astuple()
    __hash__ = None

p, q, r = Point(1, 2), Point(1, 2), Point(0, 5)
print(p, p == q, p is q, p != r, p == (1, 2), hash(p) == hash(q))
pts = {p, q, r, Point(0, 5)}
print(len(pts), sorted(pts))
print({p: "first"}[q], Point(3, 4) in [Point(3, 4)], [Point(2, 1), p].index(q))
print(sorted([Point(2, 1), Point(1, 9), Point(1, 2)]), max([Point(2, 1), Point(1, 9)]))
e1 = Employee("ann", "eng", 100)
e2 = Employee("ann", dept="eng", salary=100)
e3 = Employee("bo", salary=5)
print(e1, e3)
print(e1 == e2, e1 == e3, e1 != e2, e1.astuple())
try:
    hash(e1)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    def __init__(self, v):
        self.v = v
a1, a2 = Plain(1), Plain(1)
print(a1 == a2, a1 == a1, len({a1, a2, a1}))
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__ is None, OnlyEq() == 5, 5 == OnlyEq())
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)
