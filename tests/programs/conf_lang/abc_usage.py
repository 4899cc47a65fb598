from abc import ABC, abstractmethod, ABCMeta


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 1


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

print(Square(3).describe())
print(sorted(Shape.__abstractmethods__))
print(sorted(Half.__abstractmethods__))
print(Square.__abstractmethods__ == frozenset())


class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, "quack")
        return NotImplemented

class Mallard:
    def quack(self):
        pass

class Rock:
    pass

print(isinstance(Mallard(), Duck), isinstance(Rock(), Duck))

class Sized2(ABC):
    pass

Sized2.register(int)
print(isinstance(5, Sized2), issubclass(bool, Sized2), issubclass(str, Sized2))

from collections.abc import Iterable, Sequence, Mapping
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterable), isinstance({}, Sequence))
