# __class__, __name__, __module__, __dict__, __doc__
class A:
    """Doc of A."""
    x = 1
    def m(self):
        "Doc of m."
        return 0
a = A()
print(a.__class__ is A, a.__class__.__name__, A.__module__, __name__)
print(A.__doc__, A.m.__doc__, A.__name__, A.m.__name__, A.m.__qualname__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print(a.__dict__)
a.y = 2
print(a.__dict__, vars(a))
print(type(A), type(a) == A, type(type(a)) is type)
print(type(int).__name__, type(type).__name__, isinstance(A, type), isinstance(a, type))
print(A.__bases__[0] is object, object.__bases__, type.__bases__[0] is object)
print(issubclass(A, object), issubclass(type, object), isinstance(object, type))
class B(A):
    pass
print(B.__name__, B.__bases__[0].__name__, B().__class__.__bases__[0].__name__)
b = B()
b.__class__ = A
print(type(b).__name__)
def f():
    pass
print(f.__name__, f.__qualname__, f.__module__, type(f).__name__)
print(len.__name__, type(len).__name__, int.__name__, str.__qualname__)
class Outer:
    class Inner:
        def meth(self):
            pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
N = type("N", (A,), {"z": 26})
print(N.__name__, N.z, N.x, N().m(), [c.__name__ for c in N.__mro__])
