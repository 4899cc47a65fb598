# refcounts of objects stored in containers
import sys
item = [0]
print("start", sys.getrefcount(item))
lst = [item]
print("in one list", sys.getrefcount(item))
lst.append(item)
print("twice in list", sys.getrefcount(item))
tup = (item, item, item)
print("plus tuple x3", sys.getrefcount(item))
d = {"a": item}
print("plus dict value", sys.getrefcount(item))
d["b"] = item
print("plus second dict value", sys.getrefcount(item))
lst.pop()
print("after pop", sys.getrefcount(item))
del tup
print("after del tuple", sys.getrefcount(item))
d.clear()
print("after dict clear", sys.getrefcount(item))
lst.clear()
print("after list clear", sys.getrefcount(item))
class Key:
    pass
k = Key()
s = {k}
print("instance in set", sys.getrefcount(k))
m = {k: "v"}
print("instance as dict key", sys.getrefcount(k))
s.discard(k)
del m[k]
print("after removals", sys.getrefcount(k))
nested = [[item]]
print("nested inner holds item", sys.getrefcount(item), sys.getrefcount(nested[0]))
copy = nested[:]
print("shallow copy shares inner", sys.getrefcount(nested[0]))
