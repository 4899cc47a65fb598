# With postponed annotations all field types are strings; ClassVar and InitVar are still recognised.
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields, InitVar
import typing


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)
    total: typing.ClassVar[int] = 0
    discount: InitVar[float] = 0.0
    note: dataclasses.InitVar[str] = ""

    def __post_init__(self, discount, note):
        self.price = round(self.price * (1 - discount), 2)
        if note:
            self.tags.append(note)


it = Item("pen", 2.0, discount=0.25, note="sale")
print(it, [f.name for f in fields(Item)], [f.type for f in fields(Item)])
print(Item.__dataclass_fields__["total"]._field_type, Item.__dataclass_fields__["discount"]._field_type)
print(Item.__doc__)


@dataclass(order=True)
class Tree:
    value: int
    left: Tree | None = None
    right: Tree | None = None

    def walk(self):
        if self.left:
            yield from self.left.walk()
        yield self.value
        if self.right:
            yield from self.right.walk()


t = Tree(5, Tree(3, Tree(1)), Tree(8))
print(list(t.walk()), t.left < t, Tree.__init__.__annotations__)
