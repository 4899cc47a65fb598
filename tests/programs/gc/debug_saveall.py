# DEBUG_SAVEALL keeps collected objects in gc.garbage instead of freeing them.
import gc

gc.disable()
gc.collect()

print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("LEAK is the union:", gc.DEBUG_LEAK == (gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE
                                              | gc.DEBUG_SAVEALL))
print("debug at start:", gc.get_debug())
print("garbage at start:", gc.garbage, type(gc.garbage).__name__)


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"

    def __del__(self):
        print("  __del__", self.name)


gc.set_debug(gc.DEBUG_SAVEALL)
print("debug now:", gc.get_debug() == gc.DEBUG_SAVEALL)

lst = ["saved list"]
lst.append(lst)
del lst
print("collect:", gc.collect())
print("garbage size:", len(gc.garbage))
saved = gc.garbage[0]
print("saved list kept:", saved[0], saved[1] is saved)

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("collect:", gc.collect())
nodes = sorted((o for o in gc.garbage if isinstance(o, Node)), key=lambda n: n.name)
print("nodes in garbage:", nodes)
print("garbage size:", len(gc.garbage))
del nodes

# turning the flag off and emptying gc.garbage lets the objects go
gc.set_debug(0)
print("clearing garbage")
del saved
gc.garbage.clear()
print("collect:", gc.collect())
print("garbage:", gc.garbage)

# gc.garbage is a plain list that the program may replace items of
gc.garbage.append("mine")
print(gc.garbage)
del gc.garbage[:]

for bad in ["x", None, 1.5]:
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    gc.set_debug()
except TypeError as e:
    print(type(e).__name__, e)
print("debug at end:", gc.get_debug())
gc.enable()
