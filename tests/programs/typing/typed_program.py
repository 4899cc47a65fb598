# A small fully annotated program: the annotations are evaluated but never checked.
from typing import (Callable, ClassVar, DefaultDict, Deque, Dict, Final, Iterable, Iterator,
                    List, NamedTuple, Optional, Sequence, Set, Tuple, TypeVar, Union)
from collections import defaultdict, deque

MAX_ITEMS: Final = 3
T = TypeVar("T")
Number = Union[int, float]


class Item(NamedTuple):
    name: str
    price: float
    qty: int = 1

    @property
    def total(self) -> float:
        return self.price * self.qty


class Inventory:
    currency: ClassVar[str] = "EUR"

    def __init__(self) -> None:
        self.items: Dict[str, Item] = {}
        self.log: Deque[str] = deque(maxlen=MAX_ITEMS)
        self.by_letter: DefaultDict[str, Set[str]] = defaultdict(set)

    def add(self, item: Item) -> None:
        self.items[item.name] = item
        self.log.append(f"add {item.name}")
        self.by_letter[item.name[0]].add(item.name)

    def find(self, name: str) -> Optional[Item]:
        return self.items.get(name)

    def totals(self) -> Iterator[Tuple[str, float]]:
        for name, item in sorted(self.items.items()):
            yield name, item.total

    def filter(self, pred: Callable[[Item], bool]) -> List[Item]:
        return [i for i in self.items.values() if pred(i)]


def total(values: Iterable[Number]) -> Number:
    result: Number = 0
    for v in values:
        result += v
    return result


def first(seq: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return seq[0] if seq else default


inv = Inventory()
for it in [Item("apple", 0.5, 10), Item("bread", 2.25), Item("avocado", 1.2, 3), Item("milk", 0.99, 2)]:
    inv.add(it)
print(list(inv.totals()))
print(inv.find("bread"), inv.find("nothing"))
print(round(total(t for _, t in inv.totals()), 2), Inventory.currency)
print([i.name for i in inv.filter(lambda i: i.qty > 1)])
print(list(inv.log), {k: sorted(v) for k, v in sorted(inv.by_letter.items())})
print(first([3, 1]), first([], "empty"), total([1, 2.5]))
print(Inventory.__init__.__annotations__, sorted(Inventory.find.__annotations__))
print(first.__annotations__["seq"], total.__annotations__["return"])
print(__annotations__)
