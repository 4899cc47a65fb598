# Refcounts of classes, functions and generators themselves
import sys
R = sys.getrefcount
class A: pass
print("fresh class", R(A))
class B(A): pass
print("after subclass", R(A), R(B))
a = A()
print("with instance", R(A))
class M:
    def f(self): pass
    x = 1
print("class with method", R(M))
def fn(): pass
print("function", R(fn))
def rec(): return rec
print("recursive fn", R(rec))
lam = lambda: 0
print("lambda", R(lam))
import math
def outer():
    def inner(): pass
    return R(inner)
print("nested function", outer())
def gen(): yield
g = gen()
print("generator", R(g))
next(g)
print("started generator", R(g))
co = fn.__code__
print("code object", R(co) - 0 > 1)
print("bound method", R(a.__init__))
print("instance", R(a))
print("instance dict", R(a.__dict__))
print("class dict proxy", R(A.__dict__))
print("type of instance", R(type(a)) == R(A))
print("class via __class__", R(a.__class__))
