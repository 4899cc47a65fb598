# a 2D/ND Vector class with operator overloading
import math

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return "Vector(" + ", ".join(repr(x) for x in self.c) + ")"
    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self.c) + ">"
    def __len__(self):
        return len(self.c)
    def __iter__(self):
        return iter(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError("dimension mismatch")
        return True
    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __neg__(self):
        return Vector(*(-a for a in self))
    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __matmul__(self, other):
        ax, ay, az = self
        bx, by, bz = other
        return Vector(ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx)

v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * w, v * w, -v, abs(v), v / 2)
print(v == Vector(3, 4), v != w, bool(Vector(0, 0)), bool(v), len(v), v[1], list(v))
print(Vector(1, 0, 0) @ Vector(0, 1, 0), Vector(2, 3, 4) @ Vector(5, 6, 7))
total = Vector(0, 0)
for vec in [v, w, Vector(10, 10)]:
    total += vec
print(total, sum([v, w], Vector(0, 0)))
print(abs(v - w), (v + w) * (v - w), round(abs(Vector(1, 1)), 6))
unit = v / abs(v)
print(unit, repr(unit))
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - v
except TypeError as e:
    print("TypeError:", e)
print({v: "v", Vector(3, 4): "again"}, max([v, w], key=abs))
