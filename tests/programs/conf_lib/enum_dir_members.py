from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def favorite(cls):
        return cls.GREEN
print(dir(Color))
print([n for n in dir(Color.RED) if not n.startswith("_")])
print(sorted(Color.__members__), list(Color.__members__.values()))
print(Color.favorite().describe(), Color["BLUE"].describe())
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(dir(Level))
print([n for n in dir(Level.LOW) if not n.startswith("_")])
class Perm(Flag):
    R = auto()
    W = auto()
print(dir(Perm))
print([n for n in dir(Perm.R | Perm.W) if not n.startswith("_")])
class Meta(type):
    def __dir__(cls):
        return sorted(["alpha", "beta"] + [k for k in cls.__dict__ if not k.startswith("__")])
class Thing(metaclass=Meta):
    size = 3
    def grow(self):
        pass
print(dir(Thing))
class Inst:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Inst()))
