from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple, replace, FrozenInstanceError
from typing import NamedTuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), len(p))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def label(self):
        return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.label(), Emp._field_defaults)

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: int = field(default=0, repr=False)

    def __post_init__(self):
        self.name = self.name.title()

i = Item("widget", 2.5)
print(i, asdict(i), astuple(i))
print(i == Item("Widget", 2.5), replace(i, price=3))

@dataclass(frozen=True)
class Frozen:
    a: int
    b: int = 2
f = Frozen(1)
try:
    f.a = 3
except FrozenInstanceError as ex:
    print("FrozenInstanceError:", ex)
print(hash(f) == hash(Frozen(1, 2)), f)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError:", ex)

@dataclass
class Child(Item):
    extra: str = "x"
print(Child("c"))
try:
    Item()
except TypeError as ex:
    print("TypeError:", ex)
