import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def add(self, other):
        self.children.append(other)

root = Node("root")
print("instance:", sys.getrefcount(root))
child = Node("child")
root.add(child)
print("child in list:", sys.getrefcount(child))
child.parent = root
print("root via attr:", sys.getrefcount(root))
m = root.add
print("bound method holds self:", sys.getrefcount(root))
del m
print("method dropped:", sys.getrefcount(root))
holder = {"x": root, "y": [root, root]}
print("nested:", sys.getrefcount(root))
holder["y"].pop()
print("popped one:", sys.getrefcount(root))
del holder
print("holder gone:", sys.getrefcount(root))
d = {}
print("fresh dict:", sys.getrefcount(d))
d2 = {"self": d}
d["self"] = d
print("self ref dict:", sys.getrefcount(d))
x = object()
print("object():", sys.getrefcount(x))
lst = [x] * 5
print("repeated list:", sys.getrefcount(x))
lst2 = lst[:]
print("slice copy:", sys.getrefcount(x))
it = iter(lst)
print("iter doesn't add:", sys.getrefcount(x))
y = next(it)
print("after next:", sys.getrefcount(x))
