# refcounts through list methods: multiply, slice, extend, sort, reverse
import sys
obj = {"k": 0}
xs = [obj] * 4
print("repeated x4", sys.getrefcount(obj))
ys = xs[1:3]
print("slice copy", sys.getrefcount(obj))
xs.extend(ys)
print("extended", sys.getrefcount(obj))
xs.reverse()
xs.sort(key=lambda d: d["k"])
print("after reverse and sort", sys.getrefcount(obj))
del xs[::2]
print("extended slice del", sys.getrefcount(obj))
xs += [obj]
print("inplace add", sys.getrefcount(obj))
xs *= 2
print("inplace mul", sys.getrefcount(obj))
print("count", xs.count(obj), "index", xs.index(obj), sys.getrefcount(obj))
xs[:] = []
print("slice assigned empty", sys.getrefcount(obj))
zs = sorted([obj, obj], key=id)
print("sorted copy", sys.getrefcount(obj))
del ys, zs
print("end", sys.getrefcount(obj))
