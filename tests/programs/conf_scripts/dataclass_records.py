from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List

@dataclass(order=True)
class Student:
    grade: int
    name: str = field(compare=False)
    scores: List[int] = field(default_factory=list, repr=False, compare=False)

    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

students = [
    Student(3, "Cara", [90, 85]),
    Student(1, "Abe", [70]),
    Student(2, "Bea"),
    Student(1, "Dan", [100, 95, 80]),
]
for s in sorted(students):
    print(s, f"{s.average:.2f}")
print(Student(1, "x") == Student(1, "y"), Student(1, "x") < Student(2, "a"))
print(sorted(students, key=lambda s: (-s.average, s.name)))

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
q = replace(p, y=-1)
print(q, asdict(q), astuple(q))
print([f.name for f in fields(Student)])

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    total: int = 0

    def __post_init__(self):
        self.total = sum(self.items.values())

inv = Inventory({"a": 2, "b": 5})
print(inv, inv.total)
print(asdict(Inventory({"z": 1})))
try:
    Student()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
print(Point.__eq__(p, (3, 4)))
