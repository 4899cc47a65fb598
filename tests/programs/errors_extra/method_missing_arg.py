# calling methods with the wrong arguments: messages use the qualified name
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def scaled(self, factor, *, round_to=None):
        return Vector(self.x * factor, self.y * factor)

v = Vector(1, 2)
print(v.scaled(2).x)
try:
    v.scaled(2, 3)
except TypeError as e:
    print(e)
try:
    Vector(1)
except TypeError as e:
    print(e)
try:
    v.scaled(2, rounding=1)
except TypeError as e:
    print(e)
v.scaled()
