# A classic weakref teaching example: an object cache
import gc
import weakref

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

a = load("cat.png")
b = load("cat.png")
print("same object:", a is b, "loads:", Image.loads)
print("cache keys:", sorted(_cache.keys()))
c = load("dog.png")
print("cache size:", len(_cache))
del a
print("still cached (b alive):", "cat.png" in _cache)
del b
print("cat evicted:", "cat.png" not in _cache, "size", len(_cache))
d = load("cat.png")
print("reloaded, loads:", Image.loads)
print("items:", sorted(_cache.items(), key=lambda kv: kv[0]))
del c, d
print("empty:", len(_cache), list(_cache))
try:
    _cache["missing"]
except KeyError as e:
    print("KeyError:", e)
x = Image("cyclic")
x.self = x
_cache["cyclic"] = x
del x
print("cycle keeps entry until collect:", "cyclic" in _cache)
gc.collect()
print("after collect:", "cyclic" in _cache)
print("setdefault:", _cache.setdefault("k", Image("k")) is not None)
print("pop default:", _cache.pop("nothing", "dflt"))
