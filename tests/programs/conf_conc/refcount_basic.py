import sys

a = []
print("fresh list:", sys.getrefcount(a))
b = a
print("after alias:", sys.getrefcount(a))
c = [a, a, a]
print("in list x3:", sys.getrefcount(a))
d = {"k": a}
print("dict value:", sys.getrefcount(a))
del c
print("list deleted:", sys.getrefcount(a))
d.clear()
print("dict cleared:", sys.getrefcount(a))
del b
print("alias deleted:", sys.getrefcount(a))

def f(x):
    return sys.getrefcount(x)

print("as argument:", f(a))

def g(x, y):
    return sys.getrefcount(x)

print("two args same:", g(a, a))
t = (a,)
print("in tuple:", sys.getrefcount(a))
s = {1: a, 2: a}
print("two dict values:", sys.getrefcount(a))
del t, s
print("back:", sys.getrefcount(a))
