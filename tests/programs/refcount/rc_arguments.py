# refcounts of objects passed as function arguments
import sys
def count(obj):
    return sys.getrefcount(obj)
def count_twice(a, b):
    return sys.getrefcount(a)
def passthrough(obj):
    return count(obj)
def star(*args):
    return sys.getrefcount(args[0])
def kw(**kwargs):
    return sys.getrefcount(kwargs["v"])
lst = [1, 2]
print("global passed", count(lst))
print("global passed twice", count_twice(lst, lst))
print("through two calls", passthrough(lst))
print("via *args", star(lst))
print("via **kwargs", kw(v=lst))
print("global itself", sys.getrefcount(lst))
d = {}
print("dict passed", count(d))
def local_then_pass():
    mine = []
    return count(mine)
print("local passed", local_then_pass())
class Holder:
    pass
h = Holder()
print("instance passed", count(h))
def default_and_arg(x, y=None):
    return sys.getrefcount(x)
print("positional with default", default_and_arg(d))
print("keyword arg", count(obj=d))
args = (lst,)
print("tuple-splat", count(*args))
