# order=True sorting, frozen dataclasses as dict/set keys, hashing rules, inheritance.
from dataclasses import dataclass, field, FrozenInstanceError, replace, astuple


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, "beta"), Version(1, 2, 0)]
print(sorted(vs))
print(max(vs), min(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
print(Version(1, label="a") == Version(1, label="b"), Version(1) <= Version(1))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


import heapq
heap = []
for t in [Task(3, "low"), Task(1, "urgent"), Task(2, "normal")]:
    heapq.heappush(heap, t)
print([heapq.heappop(heap).name for _ in range(3)])


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


home = Coord(51.5, -0.1)
visits = {home: 3, Coord(48.9, 2.35): 1}
print(visits[Coord(51.5, -0.1)], hash(home) == hash(Coord(51.5, -0.1)), len({home, Coord(51.5, -0.1)}))
try:
    home.lat = 0
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del home.lon
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    home.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
moved = replace(home, lon=0.0)
print(moved, home, astuple(moved))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = {Card(10, "h"), Card(2, "s"), Card(10, "h")}
print(sorted(hand), Card(3, "c").__hash__ is not None)


@dataclass
class Plain:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)


print(Plain.__hash__, NoEq(1) == NoEq(1), hash(NoEq(1)) != 0, hash(Unsafe(5, [1])) == hash(Unsafe(5)))
try:
    hash(Plain(1))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


@dataclass
class Puppy(Dog):
    age: int = 0


d = Dog("rex", tricks=["sit"])
print(d, d.speak(), Puppy("bit", age=1), Puppy("x") == Dog("x"))
print([f.name for f in __import__("dataclasses").fields(Puppy)])
print(isinstance(Puppy("a"), Animal), Puppy.__doc__)

try:
    @dataclass
    class Child(Coord):
        alt: float = 0.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(frozen=True)
    class Child2(Animal):
        alt: float = 0.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class HasLt:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(unsafe_hash=True)
    class Hashy:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)
