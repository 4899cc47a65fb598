# gc.is_finalized: true once the collector has run an object's __del__ (PEP 442).
import gc

gc.disable()
gc.collect()
saved = []


class Lazarus:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  __del__", self.name, "finalized inside:", gc.is_finalized(self))
        saved.append(self)


class Plain:
    pass


x = Lazarus("x")
print("before:", gc.is_finalized(x))
del x
print("collect:", gc.collect())
x = saved.pop()
print("resurrected, finalized:", gc.is_finalized(x))
del x.me
print("refcount drop, no second __del__")
del x
print("collect:", gc.collect())

print("plain object:", gc.is_finalized(Plain()))
print("int:", gc.is_finalized(1))
print("list:", gc.is_finalized([]))


class Once:
    def __del__(self):
        print("  Once.__del__")


o = Once()
del o
print("refcount death is not a collection")

# a resurrected object stays finalized; the collector never calls __del__ again
y = Lazarus("y")
del y
gc.collect()
y = saved.pop()
y.me = y
print("finalized:", gc.is_finalized(y))
del y
print("collect again:", gc.collect())
print("saved:", saved)

for args in [(), (1, 2)]:
    try:
        gc.is_finalized(*args)
    except TypeError as e:
        print(type(e).__name__, e)
gc.enable()
