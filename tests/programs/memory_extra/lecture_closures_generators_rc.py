# Refcounts seen through closures, bound methods and generators
import sys

data = ["shared"]
base = sys.getrefcount(data)
print("baseline:", base - base)

def make_getter():
    def get():
        return data
    return get

g = make_getter()
print("global referenced by closure (no cell):", sys.getrefcount(data) - base)

def capture(obj):
    def inner():
        return obj
    return inner

inner1 = capture(data)
print("captured in a cell:", sys.getrefcount(data) - base)
inner2 = capture(data)
print("two cells:", sys.getrefcount(data) - base)
del inner1, inner2
print("closures dropped:", sys.getrefcount(data) - base)

class Counter:
    def bump(self):
        return self

c = Counter()
cbase = sys.getrefcount(c)
m = c.bump
print("bound method holds self:", sys.getrefcount(c) - cbase)
m2 = c.bump
print("second bound method:", sys.getrefcount(c) - cbase)
print("bound methods are distinct objects:", m is not m2, m == m2)
del m, m2
print("bound methods dropped:", sys.getrefcount(c) - cbase)

def gen(obj):
    yield 1
    yield obj

it = gen(data)
print("generator created (arg held by frame):", sys.getrefcount(data) - base)
next(it)
print("suspended at first yield:", sys.getrefcount(data) - base)
got = next(it)
print("yielded value bound:", sys.getrefcount(data) - base)
del got
list(it)
print("generator exhausted:", sys.getrefcount(data) - base)
del it

genexp = (x for x in [data, data])
print("genexp over list literal:", sys.getrefcount(data) - base)
del genexp
print("genexp dropped:", sys.getrefcount(data) - base)

def default_arg(x=data):
    return x
print("default argument:", sys.getrefcount(data) - base)
del default_arg
print("function dropped:", sys.getrefcount(data) - base)
