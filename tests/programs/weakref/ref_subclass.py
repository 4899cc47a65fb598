# Subclasses of weakref.ref (KeyedRef, refs with extra state) and weakref's module surface.
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name!r})"


class NamedRef(weakref.ref):
    __slots__ = ("label",)

    def __init__(self, ob, callback=None, label="?"):
        super().__init__(ob, callback)
        self.label = label


class ExtRef(weakref.ref):
    # no __slots__: instances get a __dict__
    def describe(self):
        obj = self()
        return f"{self.tag}: {obj!r}" if obj is not None else f"{self.tag}: dead"


t = Thing("t")
n1 = NamedRef(t, label="first")
n2 = NamedRef(t, label="second")
print("subclass:", type(n1).__name__, isinstance(n1, weakref.ref), n1.label, n2.label)
print("not shared:", n1 is n2, n1 is weakref.ref(t), n1 == n2, hash(n1) == hash(t))
print("deref:", n1(), n1.__callback__)
try:
    n1.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

e = ExtRef(t)
e.tag = "ext"
print("dict subclass:", e.describe(), sorted(vars(e)))
print("count:", weakref.getweakrefcount(t))

# callbacks receive the subclass instance
got = []
cbref = NamedRef(t, lambda r: got.append((type(r).__name__, r.label)), label="cb")
del t
print("callback got:", got, e.describe(), n1())

# KeyedRef carries a key for its callback
keys = []
u = Thing("u")
kr = weakref.KeyedRef(u, lambda r: keys.append(r.key), "the-key")
print("keyed:", kr.key, kr() is u, type(kr).__name__, weakref.KeyedRef.__slots__)
del u
print("keyed callback:", keys)

# a cache built on KeyedRef, like WeakValueDictionary does it
class Registry:
    def __init__(self):
        self.data = {}

    def _gone(self, wr):
        print("  dropping", wr.key)
        del self.data[wr.key]

    def put(self, key, obj):
        self.data[key] = weakref.KeyedRef(obj, self._gone, key)

    def get(self, key):
        wr = self.data.get(key)
        return wr() if wr is not None else None


reg = Registry()
a, b = Thing("a"), Thing("b")
reg.put("a", a)
reg.put("b", b)
print("registry:", reg.get("a"), reg.get("b"), reg.get("c"))
del a
print("registry keys:", sorted(reg.data))

# _remove_dead_weakref only removes dead entries
from _weakref import _remove_dead_weakref
live = Thing("live")
d = {"live": weakref.ref(live), "dead": weakref.ref(Thing("tmp"))}
_remove_dead_weakref(d, "live")
_remove_dead_weakref(d, "dead")
_remove_dead_weakref(d, "absent")
print("after _remove_dead_weakref:", sorted(d))

# the module's public names
print("all:", sorted(weakref.__all__))
print("ReferenceType:", weakref.ReferenceType is weakref.ref, weakref.ref.__name__)
print("ReferenceError builtin:", issubclass(ReferenceError, Exception), ReferenceError.__module__)
print("WeakSet:", weakref.WeakSet.__module__, weakref.WeakSet.__name__)
print("generic ref:", weakref.ref[Thing])
