# refcounts of one list shared between several containers and views
import sys
shared = ["payload"]
print("alone", sys.getrefcount(shared))
a = [shared]
b = {"k": shared}
print("in list and dict", sys.getrefcount(shared))
c = (shared, shared)
print("plus tuple twice", sys.getrefcount(shared))
s = {id(shared): shared}
print("plus dict keyed by id", sys.getrefcount(shared))
a2 = a * 3
print("list repeated x3", sys.getrefcount(shared))
del a2
print("repeat dropped", sys.getrefcount(shared))
a.extend(c)
print("extended from tuple", sys.getrefcount(shared))
a.reverse()
a.sort(key=len)
print("after reverse and sort", sys.getrefcount(shared))
b2 = dict(b)
print("dict copied", sys.getrefcount(shared))
vals = list(b.values())
print("values listed", sys.getrefcount(shared))
del b2, vals
print("copies dropped", sys.getrefcount(shared))
a.remove(shared)
print("one removed from list", sys.getrefcount(shared))
a[:] = []
print("list emptied by slice", sys.getrefcount(shared))
b.pop("k")
print("dict pop", sys.getrefcount(shared))
del c, s
print("tuple and dict gone", sys.getrefcount(shared))
box = [[shared]]
inner = box[0]
print("nested and alias", sys.getrefcount(shared), sys.getrefcount(inner))
del box
print("outer dropped", sys.getrefcount(shared), sys.getrefcount(inner))
