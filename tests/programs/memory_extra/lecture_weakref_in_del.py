# During cycle collection weakrefs are cleared before __del__ runs
import gc
import weakref

gc.collect()
gc.disable()

class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        other = self.other_ref()
        print(f"__del__ {self.name}: other via weakref is", None if other is None else other.name,
              "| strong partner:", self.partner.name)

a = Part("a")
b = Part("b")
a.partner, b.partner = b, a
a.other_ref = weakref.ref(b)
b.other_ref = weakref.ref(a)
wa = weakref.ref(a, lambda r: print("callback for a"))
del a, b
print("collecting...")
n = gc.collect()
print("collected", n, "wa() is", wa())

print("-- weakref to object that outlives the cycle")
class Survivor:
    name = "survivor"
keeper = Survivor()
c = Part("c")
c.partner = c
c.other_ref = weakref.ref(keeper)
del c
gc.collect()

print("-- weakref callback referencing the cycle")
class Holder:
    pass
h = Holder()
h.me = h
log = []
r = weakref.ref(h, lambda ref: log.append(("cb", ref() is None)))
del h
gc.collect()
print("log:", log)
gc.enable()
