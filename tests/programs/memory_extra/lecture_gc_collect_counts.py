# What does gc.collect() return?
import gc

gc.collect()
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

print("nothing to collect:", gc.collect())

a = Node("a")
a.next = a
del a
print("self loop (instance + dict):", gc.collect())

a = Node("a")
b = Node("b")
a.next = b
b.next = a
del a, b
print("two-node cycle:", gc.collect())

ring = [Node(str(i)) for i in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
print("ring of five (list freed by refcount):", gc.collect())

l = []
l.append(l)
del l
print("list containing itself:", gc.collect())

d = {}
d["me"] = d
del d
print("dict containing itself:", gc.collect())

class Slotted:
    __slots__ = ("ref",)
s = Slotted()
s.ref = s
del s
print("slotted self loop:", gc.collect())

a = Node("kept")
a.next = a
print("cycle still referenced:", gc.collect())
del a
print("now unreferenced:", gc.collect())

for gen in (0, 1, 2):
    x = []
    x.append(x)
    del x
    print("generation", gen, "collect:", gc.collect(gen))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.enable()
print("enabled:", gc.isenabled())
