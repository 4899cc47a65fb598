# NamedTuple, TypedDict, NewType, Protocol, cast, overload, get_type_hints, and friends.
from typing import (TYPE_CHECKING, Any, ClassVar, Dict, Final, List, NamedTuple, NewType,
                    Optional, Protocol, TypedDict, cast, final, get_type_hints, no_type_check,
                    overload, runtime_checkable)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_(self, pct: int) -> "Employee":
        return self._replace(salary=self.salary * (100 + pct) // 100)


e = Employee("ann")
print(e, e.raise_(10), e._fields, e._field_defaults, Employee.__annotations__)
print(isinstance(e, tuple), e[0], Employee._make(["bob", "ops", 5]))
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as err:
    print("TypeError", err)


class Movie(TypedDict):
    title: str
    year: int


class Extended(Movie, total=False):
    rating: float


m: Movie = {"title": "Alien", "year": 1979}
m2 = Movie(title="Heat", year=1995)
print(m, m2, type(m2).__name__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__)
print(Extended.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as err:
    print("TypeError", err)
Point2D = TypedDict("Point2D", {"x": int, "y": int})
print(Point2D(x=1, y=2), Point2D.__annotations__)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__, UserId.__name__)


class Drawable(Protocol):
    def draw(self) -> str:
        ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int:
        ...


class Box:
    def draw(self) -> str:
        return "box"

    def __len__(self) -> int:
        return 3


def render(item: Drawable) -> str:
    return item.draw()


print(render(Box()), isinstance(Box(), Sized2), isinstance(5, Sized2), isinstance([], Sized2))
try:
    isinstance(Box(), Drawable)
except TypeError as err:
    print("TypeError", err)
try:
    Drawable()
except TypeError as err:
    print("TypeError", err)


class Config:
    debug: bool
    name: "str"
    retries: ClassVar[int] = 3
    limit: Final = 10


print(get_type_hints(Config))


def greet(name: str, times: int = 1, tag: Optional["str"] = None) -> List[str]:
    return [f"hi {name}"] * times


print(greet("x", 2), get_type_hints(greet))
print(greet.__annotations__)
print(cast(int, "not an int"), cast("List[int]", [1]), TYPE_CHECKING)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Any) -> Any:
    return x * 2


print(double(2), double("ab"))


@final
class Leaf:
    pass


@no_type_check
def untyped(a: "undefined name") -> None:
    return a


print(Leaf.__final__, untyped(1), get_type_hints(untyped))
data: Dict[str, List[int]] = {"a": [1]}
print(data, __annotations__)
