# refcounts of a list passed through several call levels
import sys
def level3(x):
    return sys.getrefcount(x)
def level2(x):
    return level3(x)
def level1(x):
    inner = level2(x)
    return inner, sys.getrefcount(x)
data = [1, 2, 3]
print("top", sys.getrefcount(data))
print("nested", level1(data))
def keep(x, store):
    store.append(x)
    return sys.getrefcount(x)
bucket = []
print("kept once", keep(data, bucket))
print("kept twice", keep(data, bucket))
print("after keeps", sys.getrefcount(data))
bucket.clear()
print("after clear", sys.getrefcount(data))
def kw_levels(*, item):
    return level3(item)
print("kw-only", kw_levels(item=data))
def star_levels(*items):
    return level3(items[0])
print("star", star_levels(data, data))
d = {"k": 1}
print("dict nested", level1(d))
