# refcounts of objects referenced by suspended generators
import sys
data = [1, 2, 3]
def gen(seq):
    for v in seq:
        yield v
print("start", sys.getrefcount(data))
g = gen(data)
print("generator created (not started)", sys.getrefcount(data))
next(g)
print("generator started", sys.getrefcount(data))
list(g)
print("generator exhausted", sys.getrefcount(data))
del g
def holder():
    local = {}
    yield local
    yield local
h = holder()
d = next(h)
print("dict yielded and held in frame", sys.getrefcount(d))
h.close()
print("after close", sys.getrefcount(d))
ge = (x for x in data)
print("genexp holds iterator over list", sys.getrefcount(data))
next(ge)
print("genexp started", sys.getrefcount(data))
del ge
print("genexp deleted", sys.getrefcount(data))
