# class statement basics
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(Point.__name__, Point.__doc__, type(p).__name__, type(p) is Point)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(Point.norm2(p), Point.__qualname__)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, type(e).__name__, type(Empty).__name__)
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    p.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Empty(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
def make_class():
    class Local:
        v = "local class"
    return Local
L = make_class()
print(L.v, L.__name__, L.__qualname__)
class WithBody:
    total = 0
    for i in range(4):
        total += i
    del i
print(WithBody.total, hasattr(WithBody, "i"))
