# single inheritance
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog (" + Animal.kind(self) + ")"
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
p = Puppy("Bit", 1)
print(p.age, p.name, isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__ == (Dog,), Animal.__bases__ == (object,))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__base__.__name__, Dog.__subclasses__()[0].__name__)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
try:
    Puppy("x")
except TypeError as e:
    print(type(e).__name__, e)
