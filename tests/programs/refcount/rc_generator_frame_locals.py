# refcounts of objects held by suspended generator frames at different points
import sys
obj = ["payload"]
def holds(x):
    y = x
    yield sys.getrefcount(x)
    del y
    yield sys.getrefcount(x)
    z = [x, x]
    yield sys.getrefcount(x)
print("base", sys.getrefcount(obj))
g = holds(obj)
print("created", sys.getrefcount(obj))
for step in g:
    print("inside", step, "outside", sys.getrefcount(obj))
print("finished", sys.getrefcount(obj))
del g
print("deleted", sys.getrefcount(obj))
def loop_over(seq):
    for item in seq:
        yield item
it = loop_over([obj, obj])
next(it)
print("list iterator in frame plus yielded", sys.getrefcount(obj))
it.close()
print("closed", sys.getrefcount(obj))
def sender():
    got = yield
    while True:
        got = yield sys.getrefcount(got)
s = sender()
next(s)
print("sent value counted in frame", s.send(obj))
print("after send", sys.getrefcount(obj))
s.close()
print("after close", sys.getrefcount(obj))
def yf():
    yield from holds(obj)
g2 = yf()
print("yield from first", next(g2), sys.getrefcount(obj))
del g2
print("yield from dropped", sys.getrefcount(obj))
gen_list = [holds(obj) for _ in range(3)]
for g in gen_list:
    next(g)
print("three started generators", sys.getrefcount(obj))
del g
gen_list.clear()
print("cleared", sys.getrefcount(obj))
