# refcounts of objects held in closure cells shared by several functions
import sys
def make():
    box = {"v": 0}
    def get():
        return box
    def put(x):
        box["v"] = x
    print("inside make, before return", sys.getrefcount(box))
    return get, put
get, put = make()
obj = get()
print("after make, via one name", sys.getrefcount(obj))
get2, put2 = make()
print("separate closures do not share", sys.getrefcount(obj), sys.getrefcount(get2()))
del get2, put2
del put
print("one of two closures dropped", sys.getrefcount(obj))
cell = get.__closure__[0]
print("cell object held", sys.getrefcount(obj), sys.getrefcount(cell))
del cell
def rebind():
    val = [1]
    first = val
    def f():
        return val
    val = [2]
    return f, first
f, first = rebind()
print("old value after rebinding cell", sys.getrefcount(first))
print("new value only in cell", sys.getrefcount(f()))
def nested():
    thing = []
    def mid():
        def inner():
            return thing
        return inner
    return mid()
inner = nested()
t = inner()
print("cell passed through two levels", sys.getrefcount(t))
lam = lambda: t
print("module-level lambda refers by global", sys.getrefcount(t))
del get
print("last closure dropped", sys.getrefcount(obj))
