# Resurrection: __del__ stores self somewhere, object survives
import gc
import sys

saved = []

class Zombie:
    deaths = 0
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        Zombie.deaths += 1
        print("__del__ of", self.tag, "- resurrecting")
        saved.append(self)

z = Zombie("alpha")
z = None
print("saved:", [s.tag for s in saved], "deaths", Zombie.deaths)
back = saved.pop()
print("refcount of resurrected:", sys.getrefcount(back))
back = None
print("second drop, deaths still", Zombie.deaths)

print("-- in a cycle")
gc.collect()
a = Zombie("cyc-a")
b = Zombie("cyc-b")
a.other = b
b.other = a
del a, b
n = gc.collect()
print("first collect found", n)
print("saved tags:", sorted(s.tag for s in saved))
print("gc.garbage:", gc.garbage)
saved.clear()
n = gc.collect()
print("second collect found", n, "deaths", Zombie.deaths)

print("-- resurrect into a global")
class Phoenix:
    def __del__(self):
        global phoenix
        print("phoenix rises")
        phoenix = self

phoenix = Phoenix()
del phoenix
print("exists:", "phoenix" in globals())
phoenix = None
print("gone for good")
