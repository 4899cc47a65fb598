import sys
import gc
import weakref

log = []

class Tracked:
    def __init__(self, name):
        self.name = name
        log.append(f"init {name}")

    def __del__(self):
        log.append(f"del {self.name}")

a = Tracked("a")
b = a
del a
log.append("deleted a name")
del b
log.append("deleted b name")
print(log)
log.clear()

def scope():
    t = Tracked("local")
    log.append("leaving scope")

scope()
log.append("after scope")
print(log)
log.clear()

lst = [Tracked("x"), Tracked("y")]
lst.pop(0)
log.append("popped")
lst = None
log.append("list dropped")
print(log)
log.clear()

c1 = Tracked("c1")
c2 = Tracked("c2")
c1.other = c2
c2.other = c1
r = weakref.ref(c1, lambda ref: log.append("weakref callback"))
del c1, c2
log.append("cycle unreachable")
print(sys.getrefcount(r) >= 2, r() is not None)
n = gc.collect()
log.append("collected")
print(sorted(log[:1]) , log[-1], "del c1" in log, "del c2" in log, "weakref callback" in log)
print(r())
log.clear()
d = {"k": Tracked("val")}
d["k"] = Tracked("replacement")
print(log)
