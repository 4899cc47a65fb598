# More places references hide
import sys

class Thing:
    pass

t = Thing()
def rc():
    return sys.getrefcount(t)
base = rc()
print("baseline diff:", rc() - base)

it = iter([t])
print("list iterator over a temporary list:", rc() - base)
next(it)
print("after next (list still referenced by iterator):", rc() - base)
del it
print("iterator dropped:", rc() - base)

pairs = list(zip([t], [t]))
print("zip result:", rc() - base)
del pairs
en = list(enumerate([t, t]))
print("enumerate result:", rc() - base)
del en

lst = [t] * 4
print("list multiplication:", rc() - base)
sl = lst[1:3]
print("slice copy:", rc() - base)
del lst, sl

import copy
c1 = copy.copy([t])
print("copy.copy of list:", rc() - base)
del c1

import functools
p = functools.partial(print, t)
print("partial holds arg:", rc() - base)
del p

m = map(str, [t])
print("map object (lazy) holds list:", rc() - base)
list(m)
print("map consumed:", rc() - base)
del m

def f():
    for x in [t]:
        return sys.getrefcount(t) - base
print("for-loop variable in function:", f())

comp = [sys.getrefcount(t) - base for _ in range(1)]
print("inside comprehension:", comp)
print("sorted new list:", (lambda s: sys.getrefcount(t) - base)(sorted([t], key=id)))

class Ctx:
    def __enter__(self):
        return t
    def __exit__(self, *a):
        return False
with Ctx() as v:
    print("with-target bound:", rc() - base)
print("after with (v still bound):", rc() - base)
del v
print("v deleted:", rc() - base)
a, *rest = [t, t, t]
print("star unpacking:", rc() - base)
del a, rest
print("final:", rc() - base)
