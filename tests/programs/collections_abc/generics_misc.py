# Subscripting the ABCs, Generator/Iterator mixins, hashable custom sets.
from collections.abc import (Callable, Generator, Iterable, Iterator, Mapping, MutableSequence,
                             Sequence, Set)

print(Iterable[int], Mapping[str, int], Sequence[Mapping[str, int]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, Iterable[int].__origin__ is Iterable)


def annotated(xs: Iterable[int], f: Callable[[int], int]) -> list[int]:
    return [f(x) for x in xs]


print(annotated(range(3), lambda v: v * v), annotated.__annotations__["xs"])


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(iter(c) is c, list(c), isinstance(c, Iterable))


class Echo(Generator):
    def __init__(self):
        self.last = None
        self.count = 0

    def send(self, value):
        self.count += 1
        if self.count > 3:
            raise StopIteration
        self.last = value
        return (self.count, value)

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit or isinstance(val, GeneratorExit):
            raise StopIteration
        return super().throw(typ, val, tb)


e = Echo()
print(next(e), e.send("hi"), next(e))
try:
    next(e)
except StopIteration:
    print("exhausted")
e2 = Echo()
e2.close()
print("closed ok")
try:
    Echo().throw(ValueError, ValueError("bad"))
except ValueError as err:
    print("ValueError", err)


class FrozenBag(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    __hash__ = Set._hash


a = FrozenBag([1, 2, 3])
b = FrozenBag([3, 2, 1])
print(a == b, hash(a) == hash(b), len({a, b}), sorted(a & {2, 3, 4}), sorted(a | [5]))
print(hash(FrozenBag()) == hash(FrozenBag([])), a <= {1, 2, 3, 4}, a > FrozenBag([1]))
print(type(a - {1}).__name__, sorted(a ^ FrozenBag([3, 4])), sorted({1, 2, 7} - a), {1, 9} ^ a == {2, 3, 9})


class Grow(MutableSequence):
    def __init__(self, data=()):
        self.data = list(data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


g = Grow("abc")
g.extend(g)
print(g.data, g.index("c"), g.count("a"), "".join(reversed(g)))
try:
    g.remove("z")
except ValueError:
    print("ValueError from remove")
try:
    Grow().pop()
except IndexError as err:
    print("IndexError", err)
