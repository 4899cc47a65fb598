class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
        self.trail.append("Bottom")
    def hello(self):
        return "Bottom>" + super().hello()

b = Bottom()
print(b.trail)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).hello())
print(Bottom.__bases__[0].__name__, Left.__base__.__name__)

try:
    class X(Left, Bottom):
        pass
except TypeError as e:
    print("TypeError:", e)

class A:
    @classmethod
    def create(cls):
        return cls.__name__
    @staticmethod
    def util(x):
        return x * 2

class B2(A):
    @classmethod
    def create(cls):
        return "B2 via " + super().create()

print(B2.create(), B2().create(), A.util(3), B2().util(4))
print(type(A.__dict__["create"]).__name__, type(A.__dict__["util"]).__name__)

class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v

w = WithNew(5)
print(w.made, w.v)

class Other:
    pass

class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
print(type(ReturnsOther()).__name__)
print(isinstance(b, Left), issubclass(Bottom, Base), issubclass(Base, Bottom))
