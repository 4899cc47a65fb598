# multiple inheritance and C3 MRO
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def only_c(self):
        return "only C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
d = D()
print(d.who(), d.only_c())
class E(C, B):
    pass
print([k.__name__ for k in E.mro()], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Mixin:
    def describe(self):
        return "I am " + self.name()
class Named:
    def name(self):
        return "named"
class Thing(Mixin, Named):
    pass
print(Thing().describe(), issubclass(Thing, Mixin), issubclass(Thing, Named))
print(D.__bases__ == (B, C), isinstance(d, C))
