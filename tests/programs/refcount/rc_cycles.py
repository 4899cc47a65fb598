# refcounts with self-referencing and mutually-referencing containers
import sys
a = []
a.append(a)
print("list containing itself", sys.getrefcount(a))
a.append(a)
print("twice", sys.getrefcount(a))
a.clear()
print("cleared", sys.getrefcount(a))
d = {}
d["me"] = d
print("dict containing itself", sys.getrefcount(d))
x = [1]
y = [x]
x.append(y)
print("mutual x", sys.getrefcount(x), "mutual y", sys.getrefcount(y))
del x[1]
print("after breaking", sys.getrefcount(y))
class N:
    pass
n1 = N()
n2 = N()
n1.other = n2
n2.other = n1
print("instances referencing each other", sys.getrefcount(n1), sys.getrefcount(n2))
n1.other = None
print("one link removed", sys.getrefcount(n2))
