# objects held by a generator that has yielded
import sys
def gen(items):
    for it in items:
        yield it
def gen_local():
    local = [7, 8]
    yield sys.getrefcount(local)
    yield local
    yield sys.getrefcount(local)
lst = [[1], [2]]
first = lst[0]
print("before gen", sys.getrefcount(first), sys.getrefcount(lst))
g = gen(lst)
print("gen created", sys.getrefcount(lst))
v = next(g)
print("after first yield", sys.getrefcount(first), sys.getrefcount(lst))
del v
print("v deleted", sys.getrefcount(first))
for _ in g:
    pass
print("gen exhausted", sys.getrefcount(lst))
del g, _
print("gen deleted", sys.getrefcount(lst))
g2 = gen_local()
print("inside", next(g2))
got = next(g2)
print("outside while suspended", sys.getrefcount(got))
print("inside again", next(g2))
g2.close()
print("after close", sys.getrefcount(got))
