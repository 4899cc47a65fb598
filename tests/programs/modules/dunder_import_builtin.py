# __import__ without importlib
import sys
m = __import__("_pkg_zoo.birds")
print(m.__name__)
m2 = __import__("_pkg_zoo.birds", fromlist=["parrot"])
print(m2.__name__, m2.parrot.__name__)
m3 = __import__("_pkg_plain", globals(), None, ["extra"], 0)
print(m3.__name__, m3.extra.DELTA)
t = __import__("time")
print(t is sys.modules["time"], __import__("math").sqrt(16))
def by_name(name):
    mod = __import__(name)
    for part in name.split(".")[1:]:
        mod = getattr(mod, part)
    return mod
print(by_name("_pkg_zoo.keepers").KEEPERS)
try:
    __import__("_pkg_zoo.birds.eagle")
except ModuleNotFoundError as e:
    print(e)
