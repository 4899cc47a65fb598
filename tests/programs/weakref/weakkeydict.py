# WeakKeyDictionary: attach data to objects without keeping them alive.
import copy
import weakref
from collections.abc import MutableMapping


class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Widget({self.name!r})"


def names(d):
    return sorted(k.name for k in d)


extra = weakref.WeakKeyDictionary()
w1, w2, w3 = Widget("one"), Widget("two"), Widget("three")
extra[w1] = {"color": "red"}
extra[w2] = {"color": "blue"}
extra[w3] = {"color": "green"}
print("isinstance:", isinstance(extra, MutableMapping), repr(extra).startswith("<WeakKeyDictionary at 0x"))
print("len:", len(extra), names(extra), extra[w2]["color"])
print("contains:", w1 in extra, Widget("x") in extra, 5 in extra, "s" in extra)
print("get:", extra.get(w3), extra.get(Widget("tmp"), "default"))
try:
    extra.get(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    extra[Widget("missing")]
except KeyError:
    print("KeyError for missing key")

del w2
print("after del w2:", len(extra), names(extra))
print("items:", sorted((k.name, v["color"]) for k, v in extra.items()))
print("values:", sorted(v["color"] for v in extra.values()))
print("keyrefs:", sorted(r().name for r in extra.keyrefs()))

# update, setdefault, pop, popitem, delitem
w4 = Widget("four")
extra.update({w4: {"color": "black"}})
extra.update([(w4, {"color": "white"})])
print("update:", names(extra), extra[w4]["color"])
print("setdefault:", extra.setdefault(w4, None)["color"], extra.setdefault(w1, {})["color"])
w5 = Widget("five")
print("setdefault new:", extra.setdefault(w5, {"color": "pink"}), len(extra))
print("pop:", extra.pop(w5), extra.pop(w5, "absent"))
try:
    extra.pop(w5)
except KeyError:
    print("KeyError on pop")
del extra[w4]
print("after delitem:", names(extra))
k, v = extra.popitem()
print("popitem:", type(k).__name__, sorted(v), len(extra))

# copies share keys; deepcopy copies the values only
base = weakref.WeakKeyDictionary({w1: [1], w3: [3]})
c = base.copy()
c2 = copy.copy(base)
c3 = copy.deepcopy(base)
print("copy:", names(c), c[w1] is base[w1], c3[w1] is base[w1], c3[w1] == base[w1], len(c2))

# | and |=
w6 = Widget("six")
m = base | {w6: [6]}
print("or:", type(m).__name__, names(m))
rm = {w6: [6]} | base
print("ror:", type(rm).__name__, names(rm))
base |= {w6: [6]}
print("ior:", names(base))
print("or non-mapping:", base.__or__(3))
del w6
print("six gone everywhere:", names(base), names(m), names(rm))

# equal but distinct keys: the dictionary follows the key's __eq__/__hash__
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


k1, k2 = Key(1), Key(1)
kd = weakref.WeakKeyDictionary()
kd[k1] = "first"
kd[k2] = "second"
print("equal keys:", len(kd), kd[k1], list(kd)[0] is k1)
del k1
print("first key died:", len(kd), k2 in kd)

# unhashable / unreferenceable keys
try:
    kd[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakKeyDictionary({"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakKeyDictionary(a=1)
except TypeError as e:
    print(type(e).__name__, e)

# data attached to a class, gone when the class is
registry = weakref.WeakKeyDictionary()


def make():
    class Temp:
        pass
    registry[Temp] = "meta"
    return Temp


T = make()
print("class key:", [k.__name__ for k in registry])
del T
import gc
gc.collect()  # classes are always in reference cycles
print("class key gone:", len(registry))
print("generic:", weakref.WeakKeyDictionary[Widget, int])
