# refcounts of objects stored as class attributes and reached through instances
import sys
shared = ["shared list"]
print("base", sys.getrefcount(shared))
class A:
    attr = shared
print("class attribute", sys.getrefcount(shared))
a1 = A()
a2 = A()
print("instances do not add refs", sys.getrefcount(shared))
x = a1.attr
print("read through instance and kept", sys.getrefcount(shared))
del x
a1.attr = shared
print("instance attribute set too", sys.getrefcount(shared))
del a1.attr
print("instance attr deleted", sys.getrefcount(shared))
class B(A):
    other = shared
print("subclass attribute", sys.getrefcount(shared))
B.attr = shared
print("subclass overrides", sys.getrefcount(shared))
del B.attr, B.other
print("subclass attrs deleted", sys.getrefcount(shared))
A.attr = None
print("class attr rebound", sys.getrefcount(shared))
def make():
    class Local:
        held = shared
    return Local
L = make()
print("local class holds", sys.getrefcount(shared))
print("count of the class object", sys.getrefcount(A) > 1)
setattr(L, "two", shared)
print("setattr on class", sys.getrefcount(shared))
delattr(L, "held")
del L.two
print("both removed", sys.getrefcount(shared))
