# refcounts of an object stored in a list, a dict (as value and key) and a set
import sys
class Node:
    pass
n = Node()
print("base", sys.getrefcount(n))
lst = [n, n]
print("twice in list", sys.getrefcount(n))
d = {"a": n}
print("dict value", sys.getrefcount(n))
d[n] = "as key"
print("dict key too", sys.getrefcount(n))
s = {n}
print("in set", sys.getrefcount(n))
s.add(n)
print("set add again", sys.getrefcount(n))
d["b"] = d["a"]
print("second dict value", sys.getrefcount(n))
del d[n]
print("key removed", sys.getrefcount(n))
lst.pop()
print("popped from list", sys.getrefcount(n))
t = tuple(lst)
print("tuple copy", sys.getrefcount(n))
nested = [[n], {"x": [n]}]
print("nested", sys.getrefcount(n))
nested = None
print("nested gone", sys.getrefcount(n))
d.clear()
s.discard(n)
del t
print("cleared dict, set, tuple", sys.getrefcount(n))
lst *= 3
print("list multiplied", sys.getrefcount(n))
lst[1:] = []
print("slice deleted", sys.getrefcount(n))
d2 = dict.fromkeys(range(4), n)
print("fromkeys x4", sys.getrefcount(n))
d2.update({9: n})
print("update adds one", sys.getrefcount(n))
d2 = {k: v for k, v in d2.items() if k % 2}
print("filtered dict", sys.getrefcount(n))
del d2, lst
print("end", sys.getrefcount(n))
