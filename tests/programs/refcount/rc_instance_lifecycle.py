# refcounts of instances stored in attributes, lists and a registry, with __del__
import sys
class Node:
    registry = []
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)
a = Node("a")
print("new instance", sys.getrefcount(a))
Node.registry.append(a)
print("in class registry", sys.getrefcount(a))
b = Node("b")
b.peer = a
print("as attribute of b", sys.getrefcount(a))
pair = [a, b]
print("in list", sys.getrefcount(a), sys.getrefcount(b))
del pair
print("list dropped", sys.getrefcount(a), sys.getrefcount(b))
b.peer = None
print("attribute cleared", sys.getrefcount(a))
Node.registry.remove(a)
print("out of registry", sys.getrefcount(a))
def use(n):
    return sys.getrefcount(n)
print("passed to function", use(a))
holder = {"n": a}
it = iter([a])
print("in dict and iterator", sys.getrefcount(a))
next(it)
print("iterator advanced", sys.getrefcount(a))
del it, holder
print("back to one name", sys.getrefcount(a))
c = a
del a
print("renamed", sys.getrefcount(c))
print("dropping b")
del b
print("dropping c")
del c
print("end")
