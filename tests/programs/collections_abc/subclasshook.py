# One-trick ABCs recognise classes structurally; None opts out.
from collections.abc import (Callable, Container, Hashable, Iterable, Iterator, Reversible,
                             Sized, Collection, Sequence, Mapping)


class HasLen:
    def __len__(self):
        return 0


class HasIter:
    def __iter__(self):
        return iter(())


class FullIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class Call:
    def __call__(self):
        return 1


class Coll(HasLen, HasIter):
    def __contains__(self, x):
        return False


class OptOut(HasIter):
    __iter__ = None


class Rev(HasIter):
    def __reversed__(self):
        return iter(())


for cls in (HasLen, HasIter, FullIter, NoHash, EqOnly, Call, Coll, OptOut, Rev):
    flags = [abc.__name__ for abc in (Sized, Iterable, Iterator, Hashable, Callable, Container,
                                      Collection, Reversible) if issubclass(cls, abc)]
    print(cls.__name__.ljust(8), flags)

print(isinstance(HasLen(), Sized), isinstance(Call(), Callable), callable(Call()))
print(issubclass(Coll, Sequence), issubclass(Coll, Mapping))
print(isinstance(iter([1]), Iterator), isinstance([1], Iterator))

# Registering a class with an ABC makes it a virtual subclass
class Table:
    def __getitem__(self, k):
        return k


print(isinstance(Table(), Mapping))
Mapping.register(Table)
print(isinstance(Table(), Mapping), issubclass(Table, Collection))
