# sys.getrefcount inside __del__ and around object lifetimes.
import gc
import sys

gc.disable()


class Probe:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  __del__ {self.name}: refcount {sys.getrefcount(self)}")


print("del of the only name:")
p = Probe("single")
print("  refcount before:", sys.getrefcount(p))
del p

print("list dies:")
lst = [Probe("in-list")]
print("  refcount in list:", sys.getrefcount(lst[0]))
del lst

print("two names:")
a = Probe("two-names")
b = a
print("  refcount:", sys.getrefcount(a))
del a
print("  after first del:", sys.getrefcount(b))
del b

print("dict value:")
d = {"k": Probe("dict-value")}
print("  refcount:", sys.getrefcount(d["k"]))
d["k"] = None

print("collected cycle:")
c = Probe("cycle")
c.me = c
print("  refcount with self-reference:", sys.getrefcount(c))
del c
gc.collect()


class Forwarder:
    def __del__(self):
        show(self)


def show(obj):
    print("  refcount seen by a helper:", sys.getrefcount(obj))


print("passed to a function:")
Forwarder()

print("refcounts of containers:")
x = []
print("  new list:", sys.getrefcount(x))
y = [x, x, x]
print("  in list three times:", sys.getrefcount(x))
del y
print("  after list dies:", sys.getrefcount(x))
t = (x,)
print("  in a tuple:", sys.getrefcount(x))
del t


def f(arg):
    return sys.getrefcount(arg)


print("  passed as argument:", f(x))
print("end")
