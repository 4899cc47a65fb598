# Abstract base classes: instantiation errors, concrete subclasses, abstract properties.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """Return the area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()} and perimeter {self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


for cls in (Shape, HalfDone, Square):
    try:
        obj = cls(3) if cls is Square else cls()
        print("created", obj.describe())
    except TypeError as e:
        print(type(e).__name__, e)

print(sorted(Shape.__abstractmethods__))
print(sorted(HalfDone.__abstractmethods__))
print(Square.__abstractmethods__)
print(type(Shape), type(Shape) is ABCMeta, isinstance(Square(1), Shape))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


i = Impl.create()
print(i.name, i.helper(), Impl.__abstractmethods__)

try:
    Base()
except TypeError as e:
    print(e)


class Single(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    Single()
except TypeError as e:
    print(e)

# an abstract method may have an implementation reachable through super()
class Greeter(ABC):
    @abstractmethod
    def greet(self):
        return "hello"


class Loud(Greeter):
    def greet(self):
        return super().greet().upper() + "!"


print(Loud().greet())
print(abstractmethod(lambda: 0).__isabstractmethod__)
