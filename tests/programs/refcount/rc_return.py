# refcounts of returned objects
import sys
def make_list():
    return [1]
def identity(x):
    return x
def wrap(x):
    return [x]
r = make_list()
print("returned and bound", sys.getrefcount(r))
r2 = identity(r)
print("identity alias", sys.getrefcount(r))
w = wrap(r)
print("wrapped", sys.getrefcount(r))
w = None
r2 = None
print("cleared", sys.getrefcount(r))
def multi():
    a = {}
    return a, a
t = multi()
print("returned twice in tuple", sys.getrefcount(t[0]))
x, y = t
print("unpacked too", sys.getrefcount(t[0]))
del t
print("tuple gone", sys.getrefcount(x))
class Node:
    def __init__(self):
        self.children = []
    def add(self):
        n = Node()
        self.children.append(n)
        return n
root = Node()
child = root.add()
print("child in parent list and global", sys.getrefcount(child))
