# Refcounts of loop variables and context managers
import sys
class Ctx:
    def __enter__(self):
        print("  in __enter__ rc(self)", sys.getrefcount(self))
        return self
    def __exit__(self, *exc):
        print("  in __exit__ rc(self)", sys.getrefcount(self))
        return False
c = Ctx()
print("before with", sys.getrefcount(c))
with c:
    print("  in body", sys.getrefcount(c))
print("after with", sys.getrefcount(c))
with c as same:
    print("  in body with as", sys.getrefcount(c))
del same
with Ctx() as tmp:
    print("  temp ctx in body", sys.getrefcount(tmp))
print("after temp", sys.getrefcount(tmp))
try:
    with c:
        raise KeyError
except KeyError:
    pass
print("after exception", sys.getrefcount(c))
items = [object(), object()]
for x in items:
    print("loop var", sys.getrefcount(x))
for i, x in enumerate(items):
    print("enumerate", sys.getrefcount(x))
for x in list(items):
    print("copy loop", sys.getrefcount(x))
d = {"a": items[0]}
for k, v in d.items():
    print("items loop", sys.getrefcount(v))
def gen():
    for x in items:
        yield x
for y in gen():
    print("from generator", sys.getrefcount(y))
print([sys.getrefcount(z) for z in items])
print(sys.getrefcount(items[0]))
while items:
    last = items.pop()
    print("popped", sys.getrefcount(last))
