# Weak references to objects in reference cycles: dead after gc.collect(), callbacks run.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return f"Node({self.name!r})"


events = []


def note(label):
    return lambda wr: events.append(label)


# a two-node cycle stays alive until the collector runs
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, note("a died"))
rb = weakref.ref(b, note("b died"))
del a, b
print("before collect:", ra() is not None, rb() is not None, events)
gc.collect()
print("after collect:", ra(), rb(), sorted(events))

# a self-cycle
events.clear()
s = Node("self")
s.other = s
rs = weakref.ref(s, note("self died"))
del s
gc.collect()
print("self cycle:", rs(), events)

# the callback's weak reference is part of the garbage: no callback
events.clear()
c = Node("c")
c.other = c
c.wr = weakref.ref(c, note("c (ref in cycle)"))
outer = weakref.ref(c, note("c (outer ref)"))
del c
gc.collect()
print("ref inside the cycle:", outer(), events)

# a WeakValueDictionary entry whose value is in a cycle
cache = weakref.WeakValueDictionary()
n = Node("cached")
n.other = n
cache["k"] = n
del n
print("cached before:", list(cache))
gc.collect()
print("cached after:", list(cache))

# a WeakKeyDictionary key in a cycle
meta = weakref.WeakKeyDictionary()
k = Node("key")
k.other = [k]
meta[k] = "data"
del k
gc.collect()
print("meta after:", len(meta))

# a WeakSet member that is a class (classes always sit in cycles)
registry = weakref.WeakSet()


def make_class(name):
    cls = type(name, (), {})
    registry.add(cls)
    return cls


C1 = make_class("C1")
C2 = make_class("C2")
print("classes:", sorted(c.__name__ for c in registry))
del C1
gc.collect()
print("classes after:", sorted(c.__name__ for c in registry))

# finalize on an object in a cycle runs at collection
x = Node("x")
x.other = x
weakref.finalize(x, print, "finalize ran for x")
del x
print("collecting")
gc.collect()
print("collected")

# a proxy to a cycle member
y = Node("y")
y.other = y
py = weakref.proxy(y)
print("proxy alive:", py.name)
del y
gc.collect()
try:
    py.name
except ReferenceError as e:
    print(type(e).__name__, e)

# an object reachable from a live object is not collected
holder = [Node("held")]
holder[0].other = holder[0]
rh = weakref.ref(holder[0])
gc.collect()
print("held:", rh())
holder.clear()
gc.collect()
print("released:", rh())

# counts of weak references
z = Node("z")
refs = [weakref.ref(z, note(str(i))) for i in range(3)]
plain = weakref.ref(z)
print("count:", weakref.getweakrefcount(z), len(weakref.getweakrefs(z)))
del refs[0]
print("count after dropping one:", weakref.getweakrefcount(z))
