# property
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get radius")
        return self._r
    @radius.setter
    def radius(self, v):
        print("set radius", v)
        if v < 0:
            raise ValueError("radius must be >= 0")
        self._r = v
    @radius.deleter
    def radius(self):
        print("del radius")
        del self._r
    @property
    def area(self):
        return 3 * self._r ** 2
c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_r"))
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Circle.radius).__name__, Circle.area.fget is not None, Circle.area.fset)
class Legacy:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, None, "the x")
l = Legacy()
l.x = 21
print(l.x, Legacy.x.__doc__)
class Sub(Circle):
    @property
    def area(self):
        return "sub area " + str(super().area)
print(Sub(1).area)
