# More alias reprs: nesting, substitution, | with typing objects, ForwardRef, type names.
from typing import *
import typing, collections.abc as cabc
T = TypeVar('T')
print(Optional[Callable[[int], str]], Dict[str, Optional[List[int]]], List['Foo'], Union[List[int], None])
print(Optional[list[int]], Union[int, list[str]], List[int | str], Tuple[int, str, ...] if False else Tuple[int, str])
print(Callable[[T], T][int], Dict[str, T][List[int]], Mapping[str, Any], Type[T][int])
print(typing.Iterable, typing.Sequence.__origin__, typing.Tuple.__origin__)
print(List[int].__parameters__, List[T].__parameters__, Dict[T, int].__parameters__)
print(Union[int, str] | None, Optional[int] | str, List[int] | None)
print(repr(ForwardRef('X')), ForwardRef('X') == ForwardRef('X'))
print(get_type_hints(type('C', (), {'__annotations__': {'a': 'int', 'b': 'Optional[str]'}, '__module__': __name__})))
print(Literal[Literal[1, 2], 3], Annotated[Annotated[int, 1], 2])
print(ClassVar, Final, Literal, Annotated)
print(Callable[[], int].__args__, Callable[..., int].__args__)
print(Union[int, str].__parameters__, Optional[T][int])
print(dir(List[int]) == dir(List[int]), 'append' in dir(List[int]))
print(List[int].append is list.append)
print(isinstance(List[int], type), type(List[int]).__name__, type(List).__name__, type(Union[int, str]).__name__, type(Optional).__name__)
