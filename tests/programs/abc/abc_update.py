# update_abstractmethods, abstract properties with setters, and the deprecated helpers.
import abc
from abc import ABC, abstractmethod, update_abstractmethods


class Base(ABC):
    @abstractmethod
    def run(self):
        ...

    @abstractmethod
    def stop(self):
        ...


class Partial(Base):
    def run(self):
        return "running"


print(sorted(Partial.__abstractmethods__))
Partial.stop = lambda self: "stopped"
print(sorted(Partial.__abstractmethods__))
update_abstractmethods(Partial)
print(sorted(Partial.__abstractmethods__))
p = Partial()
print(p.run(), p.stop())


class Plain:
    pass


print(update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))


class Legacy(ABC):
    @abc.abstractproperty
    def value(self):
        ...

    @abc.abstractclassmethod
    def make(cls):
        ...

    @abc.abstractstaticmethod
    def tool():
        ...


print(sorted(Legacy.__abstractmethods__))


class LegacyImpl(Legacy):
    value = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def tool():
        return "tool"


obj = LegacyImpl.make()
print(obj.value, obj.tool(), type(obj).__name__)


class Temperature(ABC):
    @property
    @abstractmethod
    def celsius(self):
        ...


class Reading(Temperature):
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v


r = Reading(20)
r.celsius = 25
print(r.celsius)
try:
    r.celsius = -300
except ValueError as e:
    print("ValueError", e)

# abstract classes with __init__ and class-level data
class Animal(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    @abstractmethod
    def sound(self):
        ...

    def speak(self):
        return f"{self.name} says {self.sound()}"


class Dog(Animal):
    def sound(self):
        return "woof"


class Cat(Animal):
    def sound(self):
        return "meow"


for a in (Dog("rex"), Cat("tom")):
    print(a.speak())
print(Animal.count)
try:
    Animal("x")
except TypeError as e:
    print(e)
