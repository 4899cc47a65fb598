# An object may resurrect itself in __del__; __del__ is never called a second time.
import gc
import sys

gc.disable()
graveyard = []


class Phoenix:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Phoenix.calls += 1
        print(f"  __del__ {self.name} (call {Phoenix.calls})")
        graveyard.append(self)


p = Phoenix("plain")
del p
print("graveyard:", [x.name for x in graveyard])
p = graveyard.pop()
print("back:", p.name, "refcount", sys.getrefcount(p))
del p
print("second death: no __del__, calls =", Phoenix.calls)

print("resurrected from a cycle:")
c = Phoenix("cyclic")
c.me = c
del c
print("collect:", gc.collect())
c = graveyard.pop()
print("back:", c.name, c.me is c)
del c
print("collect again:", gc.collect(), "calls =", Phoenix.calls)


class Temporary:
    def __init__(self, log):
        self.log = log

    def __del__(self):
        # a reference that lives only while __del__ runs does not resurrect
        me = self
        self.log.append("finalized with refcount %d" % (sys.getrefcount(me) - 1))


log = []
t = Temporary(log)
del t
print(log)


class Twice:
    def __del__(self):
        print("  Twice.__del__, resurrecting in a global")
        global saved
        saved = self


saved = None
Twice()
print("saved is a Twice:", type(saved).__name__)
saved = None
print("after dropping it again")

# a resurrected object can still be used normally
class Counter:
    def __init__(self):
        self.hits = 0

    def hit(self):
        self.hits += 1
        return self.hits

    def __del__(self):
        graveyard.append(self)


cnt = Counter()
cnt.hit()
del cnt
cnt = graveyard.pop()
print("hits after resurrection:", cnt.hit())
del cnt
print("graveyard empty:", graveyard == [])
