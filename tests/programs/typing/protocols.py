# Protocol classes: structural checks with runtime_checkable, explicit subclassing, errors.
from typing import Iterable, List, Protocol, SupportsFloat, SupportsIndex, SupportsInt, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Named(Protocol):
    name: str

    def hello(self) -> str:
        ...


class File:
    def __init__(self, name: str) -> None:
        self.name = name
        self.closed = False

    def close(self) -> None:
        self.closed = True

    def hello(self) -> str:
        return f"file {self.name}"


class Nothing:
    pass


f = File("a.txt")
print(isinstance(f, Closeable), isinstance(Nothing(), Closeable), issubclass(File, Closeable))
print(isinstance(f, Named), isinstance(Nothing(), Named))
try:
    issubclass(File, Named)
except TypeError as e:
    print("TypeError", e)


def close_all(items: Iterable[Closeable]) -> int:
    n = 0
    for it in items:
        it.close()
        n += 1
    return n


print(close_all([File("x"), File("y")]))


class Base:
    def __init__(self, name: str) -> None:
        self.name = name


class Greeter(Named, Base):
    def hello(self) -> str:
        return "hi " + self.name


g = Greeter("bob")
print(g.hello(), g.name, isinstance(g, Named))


class Shape(Protocol):
    def area(self) -> float:
        ...


try:
    Shape()
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, Shape)
except TypeError as e:
    print("TypeError", e)
try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as e:
    print("TypeError", str(e).split(",")[0])
try:
    class BadProto(Protocol, int):
        pass
except TypeError as e:
    print("TypeError", e)


class Square:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s ** 2


def total_area(shapes: List[Shape]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(2), Square(3)]))


class Celsius:
    def __float__(self) -> float:
        return 21.5


print(isinstance(Celsius(), SupportsFloat), isinstance(3, SupportsInt), isinstance("3", SupportsInt))
print(isinstance(5, SupportsIndex), isinstance(5.0, SupportsIndex), float(Celsius()))
print(Closeable._is_protocol, File.__init__ is not None, Greeter._is_protocol)
