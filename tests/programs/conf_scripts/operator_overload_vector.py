import math

class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, abs(v))
print(bool(Vector()), bool(v), v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}))
x, y = v
print(x, y, list(v), v[1], v[-1], tuple(w), f"{v:.2f}", format(w, "+"))
u = v
u += w
print(u, v, u is v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v[2]
except IndexError as e:
    print("IndexError:", e)
try:
    "a" - v
except TypeError as e:
    print("TypeError:", e)
print(sum([Vector(1, 1), Vector(2, 2)], Vector()), max([v, w], key=abs))
print(sorted([Vector(2, 0), Vector(0, 1), Vector(1, 1)], key=abs))
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
class Temp:
    def __init__(self, d):
        self.d = d
    def __lt__(self, o):
        return self.d < o.d
    def __le__(self, o):
        return self.d <= o.d
print(Temp(1) > Temp(0), Temp(1) >= Temp(2))
try:
    Temp(1) == Temp(1), Temp(1) + Temp(2)
except TypeError as e:
    print("TypeError:", e)
