# weakref.ref callbacks and their order
import gc
import weakref

class Sensor:
    def __init__(self, name):
        self.name = name

log = []

def on_death(ref):
    log.append(("dead", ref() is None))

s = Sensor("temp")
r1 = weakref.ref(s, on_death)
r2 = weakref.ref(s, lambda ref: log.append(("lambda", ref is r2)))
r3 = weakref.ref(s)
print("refs without callback are shared:", r3 is weakref.ref(s))
print("refs with callback are distinct:", r1 is not r2)
print("weakref count:", weakref.getweakrefcount(s))
print("alive:", r1() is s, r1().name)
del s
print("log (newest callback first):", log)
print("dead refs call to None:", r1(), r2(), r3())

log.clear()
s = Sensor("pressure")
r = weakref.ref(s, on_death)
del r
del s
print("callback not called if the ref dies first:", log)

log.clear()
a = Sensor("a")
b = Sensor("b")
a.peer, b.peer = b, a
ra = weakref.ref(a, lambda ref: log.append("a gone"))
rb = weakref.ref(b, lambda ref: log.append("b gone"))
del a, b
print("cycle alive before collect:", ra() is not None, log)
gc.collect()
print("after collect:", sorted(log), ra() is None, rb() is None)

def bad(ref):
    raise RuntimeError("oops in callback")

import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)
s = Sensor("x")
rbad = weakref.ref(s, bad)
del s
print("continuing after bad callback")
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
