from typing import (List, Dict, Set, FrozenSet, Tuple, Optional, Union, Callable, Any, Literal, Final, ClassVar,
                    Protocol, runtime_checkable, TypeVar, Generic, Iterator, Iterable, Sequence, Mapping, Annotated,
                    get_type_hints, get_origin, get_args, cast, overload, NewType, Type, NoReturn, Self, TypeAlias)
import typing

print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Tuple[int, str], Tuple[()], Tuple[int, ...])
print(Optional[str], Union[int, str, None], Union[int], Callable[..., int], Callable[[], None])
print(Literal["a", 1], Final[int], ClassVar[int], Iterator[int], Sequence[str], Mapping[str, int], Type[int])
print(Annotated[int, "meta"], list[int], dict[str, tuple[int, ...]], int | str, type(int | str).__name__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]), get_origin(Literal[1]))
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, "not checked"), Any, NoReturn, typing.TYPE_CHECKING)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(5, Closable))
class Shape:
    sides: int
    name: "str"
    def area(self, scale: float = 1.0) -> float:
        return 0.0
print(get_type_hints(Shape), get_type_hints(Shape.area))
K = TypeVar("K")
V = TypeVar("V", bound=int)
C = TypeVar("C", int, str)
print(K, V, C, V.__bound__, C.__constraints__)
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair[str, int], Pair.__parameters__, Pair[str, int].__args__, Pair("a", 1).k)
@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x):
    return x * 2
print(dbl(2), dbl("ab"))
Vec: TypeAlias = List[float]
def scale(v: Vec, k: float) -> Vec:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2), scale.__annotations__)
print(List[int] == List[int], List[int] == list[int], Optional[int] == Union[None, int])
print(repr(Union[int, List[str]]), str(Callable[[int, str], Dict[str, Any]]))
print(typing.get_args(Callable[[int], str]), isinstance([], typing.List))
class Builder:
    def set(self, v: int) -> Self:
        self.v = v
        return self
print(Builder().set(3).v)
try:
    isinstance(5, List[int])
except TypeError as e:
    print("TypeError", e)
try:
    Union[int, 5]
except TypeError as e:
    print("TypeError", e)
