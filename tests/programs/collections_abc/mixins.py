# User classes built on the collections.abc mixin methods.
from collections.abc import Mapping, MutableMapping, MutableSequence, MutableSet, Sequence, Set


class Span(Sequence):
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Span index out of range")
        return self.start + i

    def __len__(self):
        return self.stop - self.start


s = Span(10, 15)
print(list(s), 12 in s, 99 in s, s.index(13), s.count(11), list(reversed(s)), s[1:3])
try:
    s.index(99)
except ValueError:
    print("ValueError from index")
print(s.index(12, 1, 4))


class Registry(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

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

    def __repr__(self):
        return f"Registry({self._d})"


r = Registry({"A": 1}, B=2)
r.update([("C", 3)])
print(r, r["a"], r.get("z", "default"), "b" in r, len(r))
print(sorted(r.keys()), sorted(r.values()), sorted(r.items()))
print(r.setdefault("d", 4), r.setdefault("a", 100), r.pop("b"), r.pop("nope", None))
print(r.popitem(), r)
try:
    r.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(r == {"a": 1, "d": 4}, r == {"a": 1}, r != {"x": 1})
r.clear()
print(r, len(r))
print(r.keys(), type(r.items()).__name__)


class Frozen(Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, k):
        return self._data[k]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


f = Frozen({"x": 1, "y": 2})
print(dict(f), f.get("x"), f.get("q"), list(f.items()), ("x", 1) in f.items(), 2 in f.values())
print(f.keys() & {"x", "z"}, f.keys() | {"w"} == {"x", "y", "w"}, f.keys() - {"x"})
try:
    f["new"] = 1
except TypeError as e:
    print("TypeError", e)


class ListSet(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return f"ListSet({self._items})"


a = ListSet([1, 2, 3])
b = ListSet([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]))
print(a.isdisjoint([7, 8]), a.isdisjoint(b))
a |= [9]
a -= [1]
print(a, a.pop(), a)
a.remove(3)
try:
    a.remove(42)
except KeyError as e:
    print("KeyError", e)
print(a, {9} == set(a))


class Stack(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
st.remove(3)
print(list(st), st.index(2), 4 in st)
st.clear()
print(len(st))


class Incomplete(Sequence):
    pass


try:
    Incomplete()
except TypeError as e:
    print(e)
