print(dir())
import math
value = 10

def show_locals(a, b=2):
    c = a + b
    print(dir())
    return c

show_locals(1)
print([n for n in dir() if not n.startswith("__")])

class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print([n for n in dir(p) if not n.startswith("_")])
print([n for n in dir(Point) if not n.startswith("__")])
print(sorted(vars(p)), "__dict__" in dir(p), "__module__" in dir(p))

class AppError(Exception):
    pass

err = AppError("boom")
print([n for n in dir(err) if not n.startswith("__") or n in ("__cause__", "__context__", "__traceback__")])
print([n for n in dir(show_locals) if n in ("__name__", "__defaults__", "__code__", "__doc__", "__call__")])
print([n for n in dir(range(3)) if not n.startswith("_")])
print([n for n in dir(slice(1, 2)) if not n.startswith("_")])
print([n for n in dir(3) if not n.startswith("_")])
print([n for n in dir(2.5) if not n.startswith("_")])
