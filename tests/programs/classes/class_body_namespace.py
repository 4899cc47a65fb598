# class body scope: executed once, names not visible to methods, __qualname__, __module__
print("before class")
class K:
    print("executing class body")
    a = 1
    b = a + 1
    def f(self):
        try:
            return a
        except NameError as e:
            return "NameError: " + str(e)
    lam = lambda self: b if False else "lambda ok"
    names = sorted(n for n in locals() if not n.startswith("__"))
    del a
print("after class")
print(K.b, K().f(), K().lam(), K.names, hasattr(K, "a"))
print(K.__qualname__, K.__module__, K.f.__qualname__, K.__name__)
def factory():
    class Local:
        def m(self):
            pass
    return Local
L = factory()
print(L.__qualname__, L.m.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
x = "global"
class UsesGlobal:
    y = x
    x = "class-level"
    z = x
print(UsesGlobal.y, UsesGlobal.z, x)
def func_scope():
    v = "func"
    class Inside:
        w = v
        v = "shadow"
        u = v
    return Inside.w, Inside.u
try:
    print(func_scope())
except NameError as e:
    print(type(e).__name__, e)
def func_scope2():
    v = "enclosing"
    class Inside:
        got = v
    return Inside.got
print(func_scope2())
class WithDoc:
    "the docstring"
    __slots__ = ()
print(WithDoc.__doc__, K.__doc__)
class Returns:
    value = [i for i in range(3)]
    total = sum(value)
print(Returns.value, Returns.total)
Dyn = type("Dyn", (K,), {"extra": 5, "f": lambda self: "dyn f"})
print(Dyn.__name__, Dyn.extra, Dyn().f(), Dyn.b, Dyn.__qualname__, [c.__name__ for c in Dyn.__mro__])
