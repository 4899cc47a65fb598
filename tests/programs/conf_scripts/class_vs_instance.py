class Dog:
    species = "canis"
    tricks = []
    registry = {}

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.registry[name] = self

    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)

    @classmethod
    def create(cls, name):
        return cls(name.title())

    @staticmethod
    def bark():
        return "woof"

    def __repr__(self):
        return f"<Dog {self.name}>"

a = Dog("rex")
b = Dog.create("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.own_tricks, b.own_tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species, "species" in vars(a), "species" in vars(b))
del a.species
print(a.species)
Dog.species = "lupus"
print(a.species, b.species)
print(sorted(Dog.registry), Dog.registry["Fido"], Dog.bark(), a.bark())

class Puppy(Dog):
    species = "puppy"
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def __repr__(self):
        return super().__repr__()[:-1] + f" age={self.age}>"

p = Puppy("bit", 1)
print(p, p.species, Puppy.__mro__[1].__name__, isinstance(p, Dog), issubclass(Puppy, Dog))
print(Puppy.create.__self__ is Puppy if hasattr(Puppy.create, "__self__") else None)
print(getattr(p, "missing", "default"), hasattr(p, "age"), p.__class__.__name__, type(p) is Puppy)
setattr(p, "color", "brown")
print(p.color, sorted(p.__dict__))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)
print(Dog.__name__, Dog.__qualname__, Dog.add_trick.__qualname__, Puppy.__bases__)
