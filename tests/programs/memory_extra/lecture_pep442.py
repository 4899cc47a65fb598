# PEP 442: cycles containing objects with __del__ are collectable
import gc

gc.collect()
gc.disable()
order = []

class Part:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __del__(self):
        order.append(self.name)
        print("__del__", self.name, "links:", [l.name for l in self.links])

a, b, c = Part("a"), Part("b"), Part("c")
a.links.append(b)
b.links.append(c)
c.links.append(a)
del a, b, c
print("collected:", gc.collect())
print("finalized:", sorted(order))
print("garbage:", gc.garbage)

print("-- is_finalized")
x = Part("x")
print("before:", gc.is_finalized(x))
x.links.append(x)
keep = []
class Keeper(Part):
    def __del__(self):
        super().__del__()
        keep.append(self)
y = Keeper("y")
y.links.append(y)
del y
gc.collect()
print("resurrected, finalized flag:", gc.is_finalized(keep[0]))
keep.clear()
print("collect again:", gc.collect() >= 1)
print("no second __del__ call:", order.count("y"))

print("-- generator in a cycle")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally ran")
g = gen()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("collect:", gc.collect() >= 1)
gc.enable()
