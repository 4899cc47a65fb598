# isinstance/issubclass of builtin types against the collections.abc ABCs.
import collections.abc as cabc
from collections.abc import (Callable, Collection, Container, Generator, Hashable, ItemsView,
                             Iterable, Iterator, KeysView, Mapping, MutableMapping,
                             MutableSequence, MutableSet, Reversible, Sequence, Set, Sized,
                             ValuesView, ByteString)


def gen():
    yield 1


samples = [
    ("list", [1]), ("tuple", (1,)), ("str", "s"), ("bytes", b"b"), ("bytearray", bytearray()),
    ("dict", {}), ("set", set()), ("frozenset", frozenset()), ("range", range(2)),
    ("int", 1), ("float", 1.0), ("None", None), ("keys", {}.keys()), ("values", {}.values()),
    ("items", {}.items()), ("list_iter", iter([])), ("generator", gen()), ("function", len),
    ("lambda", lambda: 0), ("class", int),
]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
        Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
        ByteString, KeysView, ValuesView, ItemsView]
print("".ljust(10) + " ".join(a.__name__[:4].ljust(4) for a in abcs))
for name, obj in samples:
    row = " ".join(("Y" if isinstance(obj, a) else ".").ljust(4) for a in abcs)
    print(name.ljust(10) + row)

print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Sequence))
print(issubclass(list, Hashable), issubclass(tuple, Hashable), issubclass(dict, Hashable))
print(Mapping, cabc.MutableSequence, Sequence.__module__)
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(MutableSequence.__abstractmethods__), sorted(Set.__abstractmethods__))
