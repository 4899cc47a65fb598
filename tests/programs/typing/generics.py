# User-defined generic classes with Generic[T] and TypeVar.
from typing import Dict, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

    def __len__(self) -> int:
        return len(self.items)


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), len(s), list(s))
ints = Stack[int]()
ints.push(5)
print(ints.items, type(ints).__name__, ints.__orig_class__)
print(Stack.__parameters__, Stack[int], Stack[str].__args__, Stack[int].__origin__ is Stack)
print(Stack.__mro__)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


p = Pair("a", 1)
print(p, p.swap(), Pair[str, int], Pair.__parameters__)


class Cache(Dict[K, V]):
    def get_or(self, key: K, default: V) -> V:
        return self.get(key, default)


c = Cache()
c["x"] = 1
print(c, c.get_or("y", 0), Cache.__mro__[1:3], Cache.__parameters__)


class IntPair(Pair[int, int]):
    def total(self) -> int:
        return self.key + self.value


print(IntPair(2, 3).total(), IntPair.__parameters__, IntPair.__orig_bases__)


class Partial(Pair[str, V]):
    pass


print(Partial.__parameters__, Partial[int])

for bad in ("Stack[int, str]", "IntPair[int]", "Generic[T, T]"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    class Wrong(Generic):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Missing(Pair[K, V], Generic[K]):
        pass
except TypeError as e:
    print("TypeError", e)


def first(xs: List[T]) -> T:
    return xs[0]


print(first([3, 4]), first.__annotations__)
