# Refcount of self inside methods called in different ways
import sys
class A:
    def m(self):
        return sys.getrefcount(self)
    @staticmethod
    def s(x):
        return sys.getrefcount(x)
    @classmethod
    def c(cls, x):
        return sys.getrefcount(x)
    @property
    def p(self):
        return sys.getrefcount(self)
    def __getitem__(self, k):
        return sys.getrefcount(self)
    def __len__(self):
        print("len rc", sys.getrefcount(self)); return 0
    def __eq__(self, o):
        print("eq rc", sys.getrefcount(self)); return True
    def __hash__(self):
        return 1
    def __call__(self):
        return sys.getrefcount(self)
    def __iter__(self):
        print("iter rc", sys.getrefcount(self)); return iter([])
    def __str__(self):
        print("str rc", sys.getrefcount(self)); return "A"
    def __getattr__(self, name):
        return sys.getrefcount(self)
a = A()
print("method", a.m())
print("static", A.s(a), a.s(a))
print("classmethod", A.c(a))
print("property", a.p)
print("getitem", a[0])
len(a)
a == 1
print("call", a())
list(a)
str(a)
print("f-string", f"{a}")
print("getattr", a.missing)
print("getattr builtin", getattr(a, "p"))
m = a.m
print("stored bound method", m(), sys.getrefcount(a))
print("super", (lambda: sys.getrefcount(a))())
class B(A):
    def m(self):
        return super().m()
print("super().m()", B().m())
b = B()
print("super().m() named", b.m())
