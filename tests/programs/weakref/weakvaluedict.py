# WeakValueDictionary: a cache whose entries vanish with their values.
import copy
import weakref
from collections.abc import MutableMapping


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


_cache = weakref.WeakValueDictionary()


def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img


a = load("a.png")
b = load("b.png")
a2 = load("a.png")
print("cached:", a is a2, Image.loads, len(_cache), sorted(_cache))
del a, a2
print("after dropping a:", sorted(_cache), "a.png" in _cache, len(_cache))
load("a.png")  # loaded again and dropped at once (temporary)
print("loads:", Image.loads, sorted(_cache))

d = weakref.WeakValueDictionary()
print("isinstance:", isinstance(d, MutableMapping), repr(d).startswith("<WeakValueDictionary at 0x"))
objs = {n: Image(n) for n in ("x", "y", "z")}
d.update(objs)
d.update(w=objs["x"])
print("keys:", sorted(d.keys()), "values:", sorted(v.name for v in d.values()))
print("items:", sorted((k, v.name) for k, v in d.items()))
print("getitem:", d["y"], d.get("nope"), d.get("nope", 0))
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
print("setdefault existing:", d.setdefault("x", None))
extra = Image("extra")
print("setdefault new:", d.setdefault("e", extra), len(d))
print("pop:", d.pop("e"), d.pop("e", "gone"), len(d))
try:
    d.pop("e")
except KeyError as e:
    print("KeyError", e)
del d["w"]
print("after del:", sorted(d))

# valuerefs / itervaluerefs hand out the references themselves
refs = d.valuerefs()
print("valuerefs:", sorted(r().name for r in refs), all(isinstance(r, weakref.ref) for r in refs))
print("keyed:", sorted(r.key for r in d.itervaluerefs()))

# copies hold strong references only while iterating; values are the same objects
c = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
print("copies:", type(c).__name__, sorted(c), c["x"] is objs["x"], c3["y"] is objs["y"], len(c2))

# | and |=
merged = d | {"n": objs["z"]}
print("or:", type(merged).__name__, sorted(merged))
rmerged = {"n": objs["z"]} | d
print("ror:", type(rmerged).__name__, sorted(rmerged))
d |= {"m": objs["y"]}
print("ior:", sorted(d))
print("or non-mapping:", d.__or__([1]))

# values dying removes entries everywhere
del objs["x"]
print("x gone:", sorted(d), sorted(c), "x" in merged)
objs.clear()
print("all gone:", len(d), list(d), len(c), len(c3))

# popitem
e = weakref.WeakValueDictionary()
keep = [Image(str(i)) for i in range(3)]
for i, img in enumerate(keep):
    e[i] = img
got = sorted(e.popitem()[0] for _ in range(3))
print("popitem:", got, len(e))
try:
    e.popitem()
except KeyError as err:
    print("KeyError", err)

# constructor forms and bad values
f = weakref.WeakValueDictionary([(1, keep[0])], two=keep[1])
print("ctor:", sorted(f.items(), key=str))
try:
    weakref.WeakValueDictionary({1: 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    f["x"] = "a string"
except TypeError as err:
    print(type(err).__name__, err)

# replacing a value: the old value's death must not remove the new entry
g = weakref.WeakValueDictionary()
old, new = Image("old"), Image("new")
g["k"] = old
g["k"] = new
del old
print("replaced:", g["k"], len(g))
print("generic:", weakref.WeakValueDictionary[str, Image])
