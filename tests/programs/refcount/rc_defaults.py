# refcounts of default argument values
import sys
shared = []
def f(x=shared):
    return sys.getrefcount(x)
print("global used as default", sys.getrefcount(shared))
print("inside call using default", f())
def g(x=[]):
    return x
d = g()
print("default list object", sys.getrefcount(d))
def h(a, b={}, *, c=set()):
    return b, c
b, c = h(1)
print("default dict", sys.getrefcount(b), "kw default set", sys.getrefcount(c))
print("after explicit arg", f([]))
del f
print("function deleted", sys.getrefcount(shared))
def make():
    local_default = [0]
    def inner(v=local_default):
        return v
    return inner
inner = make()
val = inner()
print("default from enclosing local", sys.getrefcount(val))
del inner
print("after deleting inner", sys.getrefcount(val))
