# captured by closures and default arguments
import sys
def make(obj):
    def f():
        return obj
    return f
box = [10]
fs = [make(box) for _ in range(3)]
print("three closures", sys.getrefcount(box))
fs.pop()
print("two closures", sys.getrefcount(box))
def g(x=box):
    return x
print("plus default", sys.getrefcount(box))
def h(x=box, y=box):
    return sys.getrefcount(x)
print("two defaults, in call", h())
print("after call", sys.getrefcount(box))
lam = lambda z=box: z
print("lambda default", sys.getrefcount(box))
del g, h, lam
print("defaults gone", sys.getrefcount(box))
del fs
print("closures gone", sys.getrefcount(box))
