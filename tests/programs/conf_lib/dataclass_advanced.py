from dataclasses import dataclass, field, fields, asdict, is_dataclass, make_dataclass, KW_ONLY
import dataclasses

@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 5
except AttributeError as e:
    print("AttributeError", e)
@dataclass
class M:
    x: int
    y: int
print(M.__match_args__)
match M(1, 2):
    case M(1, y):
        print("matched y =", y)
@dataclass
class Node:
    val: int
    nxt: "Node | None" = field(default=None, repr=False)
n = Node(1, Node(2))
print(n, n.nxt)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    a: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: self.x + self.y})
p = Pt(3)
print(p, p.norm(), is_dataclass(p), is_dataclass(Pt), is_dataclass(5))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(KW(1, c=5))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash(H(1, [5])), H(1) == H(1, [2]))
@dataclass
class Inv:
    items: dict = field(default_factory=dict)
    def add(self, k, n=1):
        self.items[k] = self.items.get(k, 0) + n
        return self
inv = Inv().add("apple").add("pear", 3).add("apple")
print(inv, asdict(inv))
print(dataclasses.replace(Child(), c=99))
try:
    dataclasses.replace(Child(), z=1)
except TypeError as e:
    print("TypeError", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Defaults:
    f: float = 1.5
    t: tuple = (1, 2)
    s: frozenset = frozenset()
print(Defaults(), repr(Defaults(t=())))
print(fields(Defaults)[0].name, fields(Defaults)[0].default)
@dataclass(frozen=True)
class FP:
    x: int
    def __post_init__(self):
        object.__setattr__(self, "x", abs(self.x))
print(FP(-4))
try:
    del FP(1).x
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
