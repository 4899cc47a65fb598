"""WeakSet: a mutable set whose members are held through weak references.

A member disappears from the set as soon as nothing else keeps it alive.  Members that die
while the set is being iterated stay in the underlying storage (marked as pending) until the
last running iteration ends, so that the loop never sees the set change size under it.
"""

from _weakref import ref
from types import GenericAlias
from collections import abc as _collections_abc

__all__ = ['WeakSet']


class WeakSet:
    """A set of objects referenced weakly; see the module docstring."""

    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        # one entry per running iteration (list append/pop stay atomic between threads)
        self._busy = []

        # The callback must not keep the set alive, so it reaches it through a weak reference.
        def _member_died(wr, owner_ref=ref(self)):
            owner = owner_ref()
            if owner is None:
                return
            if owner._busy:
                if wr in owner.data:
                    owner._pending.append(wr)
            else:
                owner.data.discard(wr)

        self._remove = _member_died
        if data is not None:
            self.update(data)

    def _done_iterating(self):
        busy = self._busy
        busy.pop()
        if not busy and self._pending:
            dead, discard = self._pending, self.data.discard
            while dead:
                discard(dead.pop())

    def __iter__(self):
        self._busy.append(None)
        try:
            for wr in self.data:
                member = wr()
                if member is not None:
                    yield member
        finally:
            self._done_iterating()

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        return type(self), (list(self),), self.__dict__

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return repr(self.data)

    # --- mutation -------------------------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def update(self, other):
        store = self.data.add
        cb = self._remove
        for member in other:
            store(ref(member, cb))

    def __ior__(self, other):
        self.update(other)
        return self

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()
        self._pending.clear()

    def pop(self):
        take = self.data.pop
        while True:
            try:
                wr = take()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            member = wr()
            if member is not None:
                return member

    def copy(self):
        return type(self)(self)

    # --- set algebra ----------------------------------------------------------------------

    def _refs_of(self, other):
        # the other operand as a plain set of weak references (no callbacks needed: these
        # are only compared against, never stored)
        return {ref(x) for x in other}

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs_of(other))
        return self

    def difference(self, other):
        result = self.copy()
        result -= other
        return result

    __sub__ = difference

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        self.data.intersection_update(self._refs_of(other))
        return self

    def intersection(self, other):
        return type(self)([x for x in other if x in self])

    __and__ = intersection

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            cb = self._remove
            self.data.symmetric_difference_update({ref(x, cb) for x in other})
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    __xor__ = symmetric_difference

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def isdisjoint(self, other):
        for x in other:
            if x in self:
                return False
        return True

    # --- comparisons ----------------------------------------------------------------------

    def issubset(self, other):
        return self.data <= self._refs_of(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def issuperset(self, other):
        return self.data >= self._refs_of(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.data == self._refs_of(other)
        return NotImplemented


_collections_abc.MutableSet.register(WeakSet)
