# refcounts of objects stored as attributes
import sys
class Box:
    shared = []
    def __init__(self, content):
        self.content = content
payload = {"data": 1}
print("payload start", sys.getrefcount(payload))
b1 = Box(payload)
print("in one instance attr", sys.getrefcount(payload))
b2 = Box(payload)
print("in two instance attrs", sys.getrefcount(payload))
b1.content = None
print("after overwrite", sys.getrefcount(payload))
del b2.content
print("after del attr", sys.getrefcount(payload))
print("class attr", sys.getrefcount(Box.shared))
alias = Box.shared
print("class attr aliased", sys.getrefcount(Box.shared))
del alias
inst = Box(None)
print("instance start", sys.getrefcount(inst))
holder = Box(inst)
print("instance held by other", sys.getrefcount(inst))
inst.self_ref = inst
print("self reference", sys.getrefcount(inst))
del inst.self_ref
print("self reference removed", sys.getrefcount(inst))
setattr(b1, "dyn", payload)
print("setattr", sys.getrefcount(payload))
delattr(b1, "dyn")
print("delattr", sys.getrefcount(payload))
