from abc import ABC, abstractmethod
from collections.abc import Sequence, MutableMapping, Iterable, Iterator, Hashable, Sized, Container, Callable, Mapping, Set, MutableSequence
import collections.abc as cabc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
print(Sq(3).area(), Sq(3).name, isinstance(Sq(1), Shape))
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Deck(Sequence):
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], "2H" in d, d.index("3S"), d.count("AH"), list(reversed(d))[:2])
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store()
s["A"] = 1
s.update(B=2, c=3)
print(dict(s), s.get("b"), s.pop("C"), s.setdefault("d", 4), sorted(s.items()), "a" in s, s == {"a": 1, "b": 2, "d": 4})
for obj in [[], (), {}, set(), "s", 5, iter([]), len, None, b""]:
    print(type(obj).__name__, isinstance(obj, Iterable), isinstance(obj, Iterator), isinstance(obj, Hashable), isinstance(obj, Sized), isinstance(obj, Callable), isinstance(obj, Sequence), isinstance(obj, Mapping))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), issubclass(frozenset, Set), issubclass(dict, Container))
class Evens:
    def __iter__(self):
        return (i for i in range(0, 6, 2))
print(isinstance(Evens(), Iterable), list(Evens()))
@Shape.register
class Virtual:
    pass
print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
class MySet(cabc.Set):
    def __init__(self, it):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), a <= MySet([1, 2, 3, 4]), a.isdisjoint(MySet([9])))
