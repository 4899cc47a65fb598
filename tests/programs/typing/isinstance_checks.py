# isinstance/issubclass with typing objects: bare aliases and unions work, subscripted generics refuse.
import typing
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Union

print(isinstance([], List), isinstance({}, Dict), isinstance((), Sequence), isinstance({}, Mapping))
print(isinstance([1], Iterable), isinstance(len, Callable), isinstance(5, Callable))
print(issubclass(list, List), issubclass(dict, Mapping), issubclass(int, Sequence))
print(isinstance(1, Union[int, str]), isinstance("a", Union[int, str]), isinstance(1.5, Union[int, str]))
print(isinstance(None, Optional[int]), isinstance(3, Optional[int]), issubclass(bool, Union[int, str]))
print(isinstance(1, int | str), isinstance(None, int | None))

for check in ("isinstance([], List[int])", "issubclass(list, Dict[str, int])",
              "isinstance(1, Any)", "isinstance(1, typing.NoReturn)", "isinstance(1, Callable[[int], str])"):
    try:
        print(check, eval(check))
    except TypeError as e:
        print(check, "-> TypeError:", e)
