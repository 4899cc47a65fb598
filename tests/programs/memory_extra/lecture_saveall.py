# DEBUG_SAVEALL keeps unreachable objects in gc.garbage for inspection
import gc

gc.collect()
gc.disable()
print("flags initially:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("flags now:", gc.get_debug() == gc.DEBUG_SAVEALL)

class Leaky:
    def __init__(self, name):
        self.name = name

a = Leaky("A")
b = Leaky("B")
a.friend = b
b.friend = a
del a, b
found = gc.collect()
print("collect:", found)
names = sorted(o.name for o in gc.garbage if isinstance(o, Leaky))
print("leaky objects saved:", names)
print("dicts saved:", sum(1 for o in gc.garbage if type(o) is dict))
print("all saved:", len(gc.garbage) == found)

lst = [1, 2]
lst.append(lst)
del lst
print("collect list:", gc.collect())
print("last garbage is the list:", type(gc.garbage[-1]).__name__, len(gc.garbage[-1]))

gc.set_debug(0)
gc.garbage.clear()
print("garbage cleared, collect:", gc.collect())
print("flags:", gc.get_debug())
print("constants:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.enable()
