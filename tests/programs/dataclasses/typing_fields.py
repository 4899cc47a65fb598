# Dataclasses with typing annotations: ClassVar is not a field, Optional/List types, string annotations.
from dataclasses import dataclass, field, fields, asdict
from typing import ClassVar, List, Optional, Dict


@dataclass
class Counter:
    instances: ClassVar[int] = 0
    name: str
    values: List[int] = field(default_factory=list)
    parent: Optional["Counter"] = None

    def __post_init__(self):
        Counter.instances += 1


a = Counter("a", [1, 2])
b = Counter("b", parent=a)
print(a, Counter.instances)
print(b.parent.name, [f.name for f in fields(Counter)], "instances" in Counter.__dataclass_fields__)
print(Counter.__dataclass_fields__["instances"]._field_type)
print(asdict(b))


@dataclass
class Registry:
    entries: Dict[str, int] = field(default_factory=dict)
    limit: ClassVar[int] = 10

    def add(self, key: str, value: int) -> None:
        if len(self.entries) >= self.limit:
            raise OverflowError("full")
        self.entries[key] = value


reg = Registry()
for i in range(3):
    reg.add("k%d" % i, i * i)
print(reg, Registry.limit)


@dataclass
class Lazy:
    a: "int"
    b: "ClassVar[str]" = "shared"
    c: "List[int]" = field(default_factory=list)


print(Lazy(1), [f.name for f in fields(Lazy)], Lazy.b, [f.type for f in fields(Lazy)])
