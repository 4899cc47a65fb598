# classmethods receive the subclass they were called through
class Shape:
    registry = []
    sides = 0
    @classmethod
    def create(cls, *args):
        inst = cls(*args)
        cls.registry.append(cls.__name__)
        return inst
    @classmethod
    def describe(cls):
        return "%s with %d sides" % (cls.__name__, cls.sides)
    @staticmethod
    def static():
        return "static"
    def __repr__(self):
        return "<%s>" % type(self).__name__
class Square(Shape):
    sides = 4
class Tri(Shape):
    sides = 3
    @classmethod
    def describe(cls):
        return "Tri override; " + super().describe()
print(Square.create(), Tri.create(), Shape.registry)
print(Square.describe(), Tri.describe(), Shape.describe())
print(Square().describe(), Tri().describe())
m = Square.describe
print(m.__self__.__name__, m.__func__ is Shape.__dict__["describe"].__func__)
print(type(Shape.__dict__["describe"]).__name__, type(Square.describe).__name__, type(Shape.static).__name__)
print(Square.static(), Square().static())
class Counted:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class SubCounted(Counted):
    pass
print(Counted.bump(), SubCounted.bump(), SubCounted.bump(), Counted.count, SubCounted.count)
class Alt:
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
    def __init__(self, v):
        self.v = v
class AltSub(Alt):
    def __init__(self, v):
        super().__init__(v * 100)
print(type(AltSub.from_str("3")).__name__, AltSub.from_str("3").v, Alt.from_str("3").v)
cm = classmethod(lambda cls: cls.__name__)
class UsesCm:
    name = cm
class UsesCmSub(UsesCm):
    pass
print(UsesCm.name(), UsesCmSub.name(), UsesCmSub().name())
print(classmethod(len).__func__ is len, staticmethod(len).__func__ is len)
