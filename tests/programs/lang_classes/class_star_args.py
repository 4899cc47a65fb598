# A class statement with *bases and **keywords: __build_class__(func, name, *bases, **kw).
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta", name, [b.__name__ for b in bases], sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A: pass
class B: pass
bases = (A, B)
opts = {"metaclass": Meta, "flag": 1}
class C(*bases, **opts):
    x = 1
print(C.__mro__, type(C).__name__)
class D(A, *[B], extra=2, **{"metaclass": Meta}):
    pass
print(D.__bases__)
class E(*()):
    pass
print(E.__bases__)
def deco(c):
    c.tag = "t"
    return c
@deco
class F(*[A]):
    pass
print(F.tag, F.__bases__)
try:
    class G(*5): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(**{"a": 1}): pass
except TypeError as e:
    print("TypeError:", e)
