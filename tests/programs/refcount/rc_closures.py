# refcounts of objects captured by closures
import sys
def make_closure():
    captured = [1, 2]
    def inner():
        return captured
    return inner, sys.getrefcount(captured)
fn, inside = make_closure()
print("inside maker", inside)
obj = fn()
print("via closure after return", sys.getrefcount(obj))
fn2 = fn
print("closure function aliased", sys.getrefcount(obj))
del fn, fn2
print("closure deleted", sys.getrefcount(obj))
def counter():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state
    def get():
        return state
    return inc, get
inc, get = counter()
st = get()
print("shared cell by two closures", sys.getrefcount(st))
del inc
print("one closure left", sys.getrefcount(st))
del get
print("no closures left", sys.getrefcount(st))
def lam_maker():
    data = set()
    lam = lambda: data
    return lam
lam = lam_maker()
print("lambda closure", sys.getrefcount(lam()))
