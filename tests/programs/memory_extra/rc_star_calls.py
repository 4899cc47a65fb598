# Refcounts seen by callees for different call styles
import sys
R = sys.getrefcount
o = object()
b = R(o)
def d(): return R(o) - b
def f(*args, **kw): return R(o) - b
print("positional", f(o))
print("star-args from list", f(*[o]))
print("star-args from tuple", f(*(o,)))
t = (o,)
print("existing tuple (t + call)", f(*t) )
print("kw", f(k=o))
print("**dict", f(**{"k": o}))
def g(x): return R(o) - b
print("single", g(o))
print("kw to positional", g(x=o))
print("from tuple", g(*t))
class C:
    def m(self, x): return R(o) - b
    def __init__(self, x=None): self.seen = R(o) - b if x is not None else None
print("method", C().m(o))
print("unbound", C.m(C(), o))
print("init", C(o).seen)
print("sorted key", sorted([o], key=lambda z: R(o) - b) and 0)
import functools
p = functools.partial(g, o)
print("partial call", p())
del p, t
print("map", list(map(g, [o])))
print("filter", list(filter(lambda z: print("in filter", R(o) - b) or True, [o])) and 0)
print("done", d())
def h(**kw): return R(o) - b
lst = [o]
print("f(*lst)", f(*lst))
print("g(*lst)", g(*lst))
dd = {"k": o}
print("f(**dd)", f(**dd))
print("h(**dd)", h(**dd))
dx = {"x": o}
print("g(**dx)", g(**dx))
print("f(1, *lst)", f(1, *lst))
