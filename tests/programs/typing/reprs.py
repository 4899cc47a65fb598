# How typing constructs print, compare and introspect.
import typing
from typing import (Any, Annotated, Callable, ClassVar, Dict, Final, FrozenSet, Generator,
                    Iterable, Iterator, List, Literal, Mapping, NoReturn, Optional, Sequence,
                    Set, Tuple, Type, TypeVar, Union, get_args, get_origin)

print(List, Dict, Tuple, Callable, Optional, Union, Any, NoReturn)
print(List[int], Dict[str, List[int]], Set[str], FrozenSet[bytes], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[int], Optional[List[str]], Union[int, str], Union[int, None, str])
print(Union[None, int], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[float], Mapping[str, int])
print(ClassVar[int], Final[str], Literal["a", 1, True], Literal[None])
print(Annotated[int, "meta", 3], typing.Self, typing.AnyStr, typing.Text)

T = TypeVar("T")
S = TypeVar("S", int, str)
B = TypeVar("B", bound=float)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, S, B, Co, Contra, T.__name__, S.__constraints__, B.__bound__)
print(List[T], Dict[str, T], List[T][int], Dict[T, List[T]][str])

print(Union[int, str] == Union[str, int], Union[int, int], Union[int, Union[str, bytes]])
print(Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(Literal[1, 2] == Literal[2, 1], hash(List[int]) == hash(List[int]))

for tp in (List[int], Dict[str, int], Optional[int], Callable[[int], str], Callable[..., str],
           Tuple[int, ...], Annotated[int, "x"], Literal["r"], list[int], int | str, int, List):
    print(get_origin(tp), get_args(tp))

print(Union[int, str].__args__, List[int].__origin__, List[int].__args__, Tuple[()].__args__)
for bad in ("Optional[int, str]", "List[int, str]", "Dict[int]", "Callable[int]",
            "Generic[int]", "Union[()]"):
    try:
        eval(bad, vars(typing))
    except TypeError as e:
        print("TypeError", bad, "->", e)
try:
    Union[int, 3]
except TypeError as e:
    print("TypeError", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError", e)
