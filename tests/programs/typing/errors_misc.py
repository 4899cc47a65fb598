# Generic protocols, get_type_hints failures and argument errors of the special forms.
from typing import *
T = TypeVar('T')
@runtime_checkable
class Container2(Protocol[T]):
    def get(self) -> T: ...
class Impl:
    def get(self): return 1
print(isinstance(Impl(), Container2), Container2[int], Container2.__parameters__)
try: Protocol()
except TypeError as e: print(e)
print(type(Generic()).__name__)
class G(Generic[T]):
    x: ClassVar[int] = 1
print(get_type_hints(G))
try: get_type_hints(5)
except TypeError as e: print(e)
def f(x: 'Undefined') -> None: pass
try: get_type_hints(f)
except NameError as e: print("NameError", e)
print(Optional['int'], List['X'], get_args(Optional['int']))
try: Optional[int, str]
except TypeError as e: print(e)
try: ClassVar[int, str]
except TypeError as e: print(e)
try: List[ClassVar[int]]
except TypeError as e: print(e)
try: Union[int, Generic]
except TypeError as e: print(e)
print(Union[int, Any], Any | None)
