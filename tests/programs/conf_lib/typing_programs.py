from typing import NamedTuple, TypedDict, Optional, Generic, TypeVar, List, Dict, Union, Callable, Any, Tuple

class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee("guido")
print(e, e._fields, e._field_defaults, Employee.__annotations__)
print(e._replace(id=9), e._asdict())
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, Movie.__annotations__ if False else sorted(Movie.__annotations__))
print(Movie(title="x", year=1))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self) -> str:
        return f"Stack({self.items})"
s: Stack[int] = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s)
def find(xs: List[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None
print(find([4, 5], 5), find([], 1))
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
print(apply(lambda z: z * 2, 21))
print(Optional[int], Union[int, str], List[int], Dict[str, Tuple[int, ...]])
print(Callable[[int], str], Any)
print(T, Stack[int], Stack.__parameters__)
print(find.__annotations__)
def u(x: Union[int, str]) -> str:
    return str(x)
print(u.__annotations__["x"])
print(Union[int, None] == Optional[int], int | None)
x: int = 5
print(__annotations__)
class Pt(NamedTuple):
    x: float
    y: float
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).dist(), Pt(1, 2))
try:
    Employee()
except TypeError as ex:
    print("TypeError", ex)
