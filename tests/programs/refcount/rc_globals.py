# refcounts of lists/dicts/sets bound to globals
import sys
a = [1, 2, 3]
print("list global", sys.getrefcount(a))
b = a
print("after alias", sys.getrefcount(a))
c = a
print("two aliases", sys.getrefcount(a))
del b
print("after del alias", sys.getrefcount(a))
c = None
print("after rebinding alias", sys.getrefcount(a))
d = {"k": 1}
print("dict global", sys.getrefcount(d))
s = {1, 2}
print("set global", sys.getrefcount(s))
e = d
f = d
g = d
print("dict with 3 aliases", sys.getrefcount(d))
del e, f, g
print("dict after del", sys.getrefcount(d))
x = y = z = []
print("chained assignment", sys.getrefcount(x))
x = y = None
print("after clearing two", sys.getrefcount(z))
p, q = [0], [0]
print("tuple-unpacked", sys.getrefcount(p), sys.getrefcount(q))
