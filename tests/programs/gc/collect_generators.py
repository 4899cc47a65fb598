# Generators caught in reference cycles are finalized (closed) by the collector.
import gc

gc.disable()
gc.collect()


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  Marker.__del__", self.name)


def worker(name):
    m = Marker(name)
    try:
        while True:
            got = yield
            print("  got", type(got).__name__)
    finally:
        print("  finally in", name)


g = worker("self-cycle")
next(g)
g.send("ping")
g.send(g)  # the frame's local `got` now refers to the generator itself
print("delete generator")
del g
print("collect:", gc.collect())


class Owner:
    pass


o = Owner()
o.gen = worker("owner-cycle")
next(o.gen)
o.gen.send(o)
print("delete owner")
del o
print("collect:", gc.collect())


def counter():
    n = 0
    while True:
        n += 1
        yield n


c = counter()
lst = [c, next(c), next(c)]
lst.append(lst)
print(lst[1:3])
del c, lst
print("list with plain generator:", gc.collect())


# a generator that finished is no longer holding its frame locals
def finished():
    m = Marker("finished")
    yield 1


g = finished()
print(list(g))
print("after exhausting")
g2 = [g]
g2.append(g2)
del g, g2
print("exhausted generator cycle:", gc.collect())
gc.enable()
