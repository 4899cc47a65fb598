# gc.collect() counts every unreachable object found in the cycle.
import gc

gc.disable()
gc.collect()


class Node:
    pass


def report(label):
    print(f"{label}: {gc.collect()}")


lst = []
lst.append(lst)
del lst
report("self list")

d = {}
d["me"] = d
del d
report("self dict")

n = Node()
n.me = n
del n
report("self instance")

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
report("two instances")

a = Node()
a.me = a
a.__dict__
del a
report("instance with __dict__ accessed")

t = ([],)
t[0].append(t)
del t
report("tuple and list")

lst = [[], [], []]
for inner in lst:
    inner.append(lst)
del lst, inner
report("list with three inner lists")

ring = [Node() for _ in range(5)]
for i, node in enumerate(ring):
    node.next = ring[(i + 1) % 5]
del ring, node
report("ring of five, no list")


class Slotted:
    __slots__ = ("peer",)


s1 = Slotted()
s2 = Slotted()
s1.peer = s2
s2.peer = s1
del s1, s2
report("slotted pair")

report("nothing left")

# objects that are reachable are never collected
keep = []
keep.append(keep)
report("still referenced")
print(keep[0] is keep)
del keep
report("released")
gc.enable()
