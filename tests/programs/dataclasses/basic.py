# Everyday dataclass usage: init, repr, eq, defaults, default_factory, field options.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y, Point.__init__.__qualname__, Point.__repr__.__qualname__)
p.x = 10
print(p, Point.__hash__, Point.__match_args__)
print(Point.__doc__)


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem("widget", 3.5, 10)
print(item, item.total_cost(), InventoryItem.__doc__)
print([f.name for f in fields(item)], [f.type for f in fields(InventoryItem)])
print(fields(item)[2].default, fields(item)[0].default is MISSING)


@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="x", repr=False, compare=False)
    count: int = field(init=False, default=0)


a = Team("a")
b = Team("a")
a.members.append("ann")
print(a, b, a.members is b.members, a.tags)
print(Team("z", ["q"]) == Team("z", ["q"], {}, "different"), a.count)
print(Team.__init__.__annotations__)


@dataclass
class Computed:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


c = Computed(2, 3.5)
print(c, c.area)

print(asdict(p), astuple(p), asdict(a))
p2 = replace(p, y=99)
print(p2, p2 is p, p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))

errors = []
try:
    Point()
except TypeError as e:
    errors.append(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    errors.append(e)
try:
    Point(1, z=3)
except TypeError as e:
    errors.append(e)
try:
    InventoryItem("x")
except TypeError as e:
    errors.append(e)
try:
    replace(c, area=3)
except ValueError as e:
    errors.append(e)
try:
    asdict(Point)
except TypeError as e:
    errors.append(e)
try:
    fields(3)
except TypeError as e:
    errors.append(e)
for e in errors:
    print(type(e).__name__, e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
print(astuple(root))
root.children.append(root)
print(repr(root)[-40:])
