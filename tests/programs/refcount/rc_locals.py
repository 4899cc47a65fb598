# refcounts of objects bound to local variables
import sys
def one_local():
    lst = [1]
    return sys.getrefcount(lst)
print("one local", one_local())
def two_locals():
    lst = []
    other = lst
    return sys.getrefcount(lst)
print("two locals", two_locals())
def local_and_global():
    lst = g
    return sys.getrefcount(g)
g = {}
print("global seen from function", local_and_global(), sys.getrefcount(g))
def local_del():
    d = {}
    e = d
    before = sys.getrefcount(d)
    del e
    return before, sys.getrefcount(d)
print("local del", local_del())
def nested_scope():
    s = set()
    def inner():
        return 0
    inner()
    return sys.getrefcount(s)
print("unrelated inner function", nested_scope())
def rebinding():
    a = []
    b = a
    b = []
    return sys.getrefcount(a), sys.getrefcount(b)
print("rebinding", rebinding())
def many():
    x = [0]
    refs = [x, x, x]
    return sys.getrefcount(x)
print("list of three refs", many())
