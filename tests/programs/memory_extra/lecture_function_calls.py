# How calls, defaults and returns change refcounts
import sys

payload = object()

def look(o):
    return sys.getrefcount(o)

def look_two(a, b):
    return sys.getrefcount(a)

def look_kw(*, o):
    return sys.getrefcount(o)

def look_args(*args):
    return sys.getrefcount(args[0])

def look_kwargs(**kw):
    return sys.getrefcount(kw["o"])

print("module level:", sys.getrefcount(payload))
print("inside one-arg function:", look(payload))
print("same object twice:", look_two(payload, payload))
print("keyword-only:", look_kw(o=payload))
print("*args:", look_args(payload))
print("**kwargs:", look_kwargs(o=payload))

def with_default(x=payload):
    return sys.getrefcount(x)

print("default held by function:", sys.getrefcount(payload))
print("called with default:", with_default())
del with_default
print("function deleted:", sys.getrefcount(payload))

def give_back(o):
    return o

r = give_back(payload)
print("returned and bound:", sys.getrefcount(payload))
del r

def nested(o, depth):
    if depth == 0:
        return sys.getrefcount(o)
    return nested(o, depth - 1)

for depth in range(4):
    print("recursion depth", depth, "->", nested(payload, depth))

def local_copies(o):
    a = o
    b = o
    c = [o, o]
    return sys.getrefcount(o)

print("locals and list inside call:", local_copies(payload))
print("back at module level:", sys.getrefcount(payload))
lam = lambda o: sys.getrefcount(o)
print("lambda:", lam(payload))
print("via map:", list(map(lambda o: sys.getrefcount(o) > 2, [payload])))
