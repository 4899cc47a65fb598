from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    qty: int = field(default=1, repr=False)
it = Item("pen", 1.5)
print(it)
print(it == Item("pen", 1.5), it == Item("pen", 2))
it.tags.append("office")
print(asdict(it), astuple(it))
print(replace(it, price=3.0))
print([f.name for f in fields(Item)], [f.type for f in fields(Item)][:2])
@dataclass(order=True)
class Card:
    rank: int
    suit: str = field(compare=False)
print(sorted([Card(10, "h"), Card(2, "s"), Card(7, "d")]))
print(Card(3, "x") < Card(4, "a"), Card(3, "x") == Card(3, "y"))
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(p) == hash(P(1, 2)), {p, P(1, 2)} == {p})
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 2))
try:
    Item()
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
@dataclass
class Tree:
    val: int
    kids: List["Tree"] = field(default_factory=list)
    parent: Optional[int] = None
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass(repr=False)
class NoRepr:
    a: int
print(type(repr(NoRepr(1))).__name__)
print(Item.__dataclass_fields__["price"].default)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
