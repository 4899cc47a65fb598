# How many objects does gc.collect() report for typical garbage?
import gc

gc.collect()
gc.disable()

class Foo:
    pass
del Foo
print("a deleted class:", gc.collect())

class WithMethods:
    x = 1
    def m(self):
        return self
    @property
    def p(self):
        return 1
del WithMethods
print("a class with methods:", gc.collect())

def rec(n):
    return rec(n - 1) if n else 0
del rec
print("a function:", gc.collect())

def outer():
    def inner():
        return inner
    return inner
f = outer()
del f
print("self-referencing closure:", gc.collect())

class Node:
    def __init__(self):
        self.children = []
        self.parent = None
root = Node()
for _ in range(3):
    child = Node()
    child.parent = root
    root.children.append(child)
del root, child
print("tree with parent pointers:", gc.collect())

def gen():
    yield 1
g = gen()
next(g)
l = [g]
l.append(l)
del g, l
print("list cycle holding a suspended generator:", gc.collect())

try:
    raise ValueError("x")
except ValueError as e:
    saved = e
    frame_holder = e.__traceback__
del saved, frame_holder
print("exception + traceback (no cycle):", gc.collect())

def catch():
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
    return 0
catch()
print("exception stored in a local (cycle through frame):", gc.collect())
gc.enable()
