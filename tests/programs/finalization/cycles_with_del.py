# PEP 442: cycles whose objects define __del__ are collected; finalizers run first,
# then the objects are freed.  Nothing lands in gc.garbage.
import gc

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        peer = getattr(self.peer, "name", type(self.peer).__name__)
        print(f"  __del__ {self.name} (peer still usable: {peer})")


print("pair:")
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("collect:", gc.collect())
print("garbage:", gc.garbage)

print("ring of four:")
ring = [Node(f"r{i}") for i in range(4)]
for i, node in enumerate(ring):
    node.peer = ring[(i + 1) % 4]
del ring, node
print("collect:", gc.collect())


class Plain:
    pass


print("mixed cycle, only one finalizer:")
n = Node("with-del")
p = Plain()
n.peer = Node("leaf")
n.peer.peer = p
p.back = n
del n, p
print("collect:", gc.collect())

print("finalizer sees a half-collected world:")
state = {}


class Recorder:
    def __init__(self, name, other=None):
        self.name = name
        self.other = other

    def __del__(self):
        state[self.name] = None if self.other is None else self.other.name


x = Recorder("x")
y = Recorder("y", x)
x.other = y
del x, y
gc.collect()
print(sorted(state.items()))

print("objects reachable only from a cycle are freed with it:")
holder = Node("holder")
holder.peer = holder
holder.payload = [Node("payload-1"), Node("payload-2")]
del holder
print("collect:", gc.collect())

print("freed objects are not in gc.get_objects():")
marker = Plain()
marker.me = marker
count_before = sum(1 for o in gc.get_objects() if type(o) is Plain)
del marker
gc.collect()
print(count_before - sum(1 for o in gc.get_objects() if type(o) is Plain))
print("garbage at end:", gc.garbage)
gc.enable()
