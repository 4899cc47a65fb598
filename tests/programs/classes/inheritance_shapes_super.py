# inheritance with super(), overriding, __str__ vs __repr__, abstract-ish base
import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"
    def __str__(self):
        return f"<{self.name}>"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def __repr__(self):
        return f"Rectangle({self.w}, {self.h})"

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")
    def __repr__(self):
        return f"Square({self.w})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def describe(self):
        return "round " + super().describe()

shapes = [Rectangle(3, 4), Square(5), Circle(1), Circle(2.5)]
for s in shapes:
    print(s.describe())
print(shapes)
print([str(s) for s in shapes], str(shapes[1]))
print(Shape.count, isinstance(shapes[1], Rectangle), issubclass(Square, Shape))
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
print(Square.__mro__)
print(Square.__bases__, Square.__name__, Square(2).__class__.__name__)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
t = Triangle(3, 4, 5)
print(t.describe(), t, repr(t), Shape.count)
print(f"{t}", f"{t!r}", "%s %r" % (t, t), format(t))
