# for loops over a list of objects
import sys
class Item:
    def __init__(self, k):
        self.k = k
items = [Item(i) for i in range(3)]
for it in items:
    print("in loop", it.k, sys.getrefcount(it))
print("loop var after loop", sys.getrefcount(it), sys.getrefcount(items[0]))
del it
print("loop var deleted", sys.getrefcount(items[2]))
for i, it2 in enumerate(items):
    if i == 1:
        print("enumerate", sys.getrefcount(it2))
for p, q in zip(items, items[1:]):
    print("zip pair", sys.getrefcount(p), sys.getrefcount(q))
    break
del p, q
copy = list(items)
print("copied list", sys.getrefcount(items[0]))
print("in comprehension", [sys.getrefcount(x) for x in items][:1])
del copy
print("end", sys.getrefcount(items[1]))
