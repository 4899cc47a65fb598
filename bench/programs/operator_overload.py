# A Vector class with __add__ / __mul__ / __sub__ / __eq__. (Needs classes.)


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


def run(n):
    acc = Vector(0, 0, 0)
    v = Vector(1, 2, 3)
    w = Vector(-2, 1, 1)
    eq = 0
    for i in range(n):
        acc = acc + v * (i % 7) - w
        if acc == Vector(acc.x, acc.y, acc.z):
            eq += 1
        if i % 997 == 0:
            acc = acc * 0
    return acc.x, acc.y, acc.z, acc.dot(v), eq


print(run(1_000_000))
