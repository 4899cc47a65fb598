# WeakSet: set API over weakly held members.
import copy
import weakref
from collections.abc import MutableSet


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"


def names(s):
    return sorted(x.name for x in s)


a, b, c, d = Item("a"), Item("b"), Item("c"), Item("d")
s = weakref.WeakSet([a, b])
print("isinstance:", isinstance(s, MutableSet), type(s).__name__, type(s).__module__)
print("len/contains:", len(s), a in s, c in s, 5 in s, "x" in s, [] in s)
s.add(c)
s.add(a)
print("add:", names(s))
s.discard(d)
s.discard(c)
print("discard:", names(s))
try:
    s.remove(d)
except KeyError:
    print("KeyError on remove")
s.remove(b)
print("remove:", names(s))
try:
    s.add(1)
except TypeError as e:
    print(type(e).__name__, e)

s.update([b, c, d])
print("update:", names(s))
del d
print("member died:", names(s), len(s))

# set algebra returns WeakSets
t = weakref.WeakSet([b, c])
print("union:", names(s | t), type(s | t).__name__, names(s.union([a])))
print("intersection:", names(s & t), names(s.intersection([a, b])))
print("difference:", names(s - t), names(s.difference([a])))
print("symmetric:", names(s ^ weakref.WeakSet([a])), names(s.symmetric_difference([c])))
print("isdisjoint:", s.isdisjoint(weakref.WeakSet()), s.isdisjoint([a]))
print("subset:", t <= s, t < s, s < s, s <= s, t.issubset([a, b, c]), s.issuperset(t))
print("superset:", s >= t, s > t, s > s)
print("eq:", s == weakref.WeakSet([a, b, c]), s == t, s != t, s == {a, b, c})
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)

u = weakref.WeakSet([a, b, c])
u -= weakref.WeakSet([a])
print("isub:", names(u))
u |= [a]
print("ior:", names(u))
u &= [a, b]
print("iand:", names(u))
u ^= [b, c]
print("ixor:", names(u))
u -= u
print("isub self:", names(u))
u.update([a, b])
u.intersection_update([a])
print("intersection_update:", names(u))
u.difference_update([a])
print("difference_update:", names(u))
u.symmetric_difference_update([b, c])
print("symmetric_difference_update:", names(u))

# copy, pop, clear
v = s.copy()
print("copy:", type(v).__name__, names(v), names(copy.copy(s)))
popped = [v.pop().name for _ in range(len(v))]
print("pop all:", sorted(popped), len(v))
try:
    v.pop()
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print("clear:", len(s), list(s))

# a WeakSet of instances tracks live objects of a class
class Tracked:
    live = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Tracked.live.add(self)


x, y, z = Tracked("x"), Tracked("y"), Tracked("z")
print("live:", names(Tracked.live))
del y
print("live after del:", names(Tracked.live))
x = None
print("live after rebinding:", names(Tracked.live))

# __reduce__, __class_getitem__, repr
r = weakref.WeakSet([z])
red = r.__reduce__()
print("reduce:", red[0] is weakref.WeakSet, red[1] == ([z],))
print("generic:", weakref.WeakSet[int], weakref.WeakSet[Item].__origin__ is weakref.WeakSet)
print("repr:", repr(weakref.WeakSet()))
rep = repr(r)
print("repr one:", rep.startswith("{<weakref at 0x"), rep.endswith(">}"), "; to 'Tracked' at 0x" in rep)

# sets and functions as members
def f():
    pass


fz = frozenset([1])
fs = weakref.WeakSet([f, len, Item, fz, frozenset([2])])
print("mixed len:", len(fs), f in fs, len in fs, fz in fs, frozenset([1]) in fs)
