# refcounts of class instances
import sys
class Thing:
    def method(self):
        return sys.getrefcount(self)
    def keep(self):
        self.me = self
t = Thing()
print("instance global", sys.getrefcount(t))
print("inside method call", t.method())
m = t.method
print("bound method holds self", sys.getrefcount(t))
del m
print("bound method released", sys.getrefcount(t))
print("unbound call", Thing.method(t))
t.keep()
print("self cycle", sys.getrefcount(t))
t.me = None
print("cycle broken", sys.getrefcount(t))
items = [Thing() for _ in range(3)]
print("instance in list", sys.getrefcount(items[0]))
first = items[0]
print("plus global", sys.getrefcount(first))
class WithInit:
    def __init__(self):
        self.rc = sys.getrefcount(self)
print("refcount inside __init__", WithInit().rc)
w = WithInit()
print("global after init", sys.getrefcount(w))
