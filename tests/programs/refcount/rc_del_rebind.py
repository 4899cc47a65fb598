# refcounts change with del, rebinding and container removal
import sys
obj = {"x": 1}
refs = []
for i in range(5):
    refs.append(obj)
print("5 in list", sys.getrefcount(obj))
del refs[0]
print("del refs[0]", sys.getrefcount(obj))
del refs[1:3]
print("del slice of 2", sys.getrefcount(obj))
refs[0] = None
print("overwrite element", sys.getrefcount(obj))
refs = []
print("rebind list", sys.getrefcount(obj))
d = {1: obj, 2: obj}
d.pop(1)
print("dict pop", sys.getrefcount(obj))
d.popitem()
print("dict popitem", sys.getrefcount(obj))
s = [obj] * 4
print("list repetition", sys.getrefcount(obj))
s *= 0
print("in-place repeat 0", sys.getrefcount(obj))
t = [obj, obj]
t.remove(obj)
print("list remove", sys.getrefcount(obj))
t.insert(0, obj)
print("list insert", sys.getrefcount(obj))
t.reverse()
print("reverse keeps count", sys.getrefcount(obj))
t.extend([obj])
print("extend", sys.getrefcount(obj))
t.sort(key=lambda v: 0)
print("sort keeps count", sys.getrefcount(obj))
