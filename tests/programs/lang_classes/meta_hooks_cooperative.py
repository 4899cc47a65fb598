# Metaclass-level hooks (__getattr__, __setattr__, descriptors), cooperative __init_subclass__, __set_name__ via type().
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
class MetaGA(type):
    def __getattr__(cls, name):
        return f"meta-getattr:{name}"
class UsesGA(metaclass=MetaGA):
    real = 1
attempt("class getattr", lambda: (UsesGA.real, UsesGA.virtual))
attempt("instance does not use meta getattr", lambda: UsesGA().virtual)
class Named:
    def __set_name__(self, owner, name):
        self.name = name
T = type("T", (), {"a": Named(), "b": Named()})
attempt("set_name via type()", lambda: (T.a.name, T.b.name))
class MetaSet(type):
    def __setattr__(cls, name, value):
        print("  meta setattr", name)
        super().__setattr__(name, value)
class MS(metaclass=MetaSet):
    pass
MS.x = 1
attempt("meta setattr", lambda: MS.x)
class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
class MetaWithDesc(type):
    d = Desc()
class WithMD(metaclass=MetaWithDesc):
    pass
attempt("meta descriptor via class", lambda: WithMD.d)
attempt("meta descriptor via instance", lambda: hasattr(WithMD(), "d"))
class Base:
    def __init_subclass__(cls, **kw):
        print("  Base.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()
class Mixin:
    def __init_subclass__(cls, **kw):
        print("  Mixin.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)
try:
    class Both(Mixin, Base, flag=1):
        pass
except TypeError as e:
    print("TypeError", e)
class S:
    @staticmethod
    def helper(x):
        return x * 2
    doubled = helper(21)
attempt("staticmethod in class body", lambda: S.doubled)
class CM:
    @classmethod
    def make(cls):
        return cls
    @property
    def p(self):
        return "p"
class CM2(CM):
    p = CM.p
attempt("reuse property", lambda: CM2().p)
attempt("classmethod via subclass", lambda: CM2.make().__name__)
class Over:
    @property
    def v(self):
        return 1
class Over2(Over):
    v = 5
attempt("class attr overrides property", lambda: Over2().v)
class DataDesc:
    def __get__(self, o, t): return "data"
    def __set__(self, o, v): raise AttributeError("read-only data desc")
class HasDD:
    d = DataDesc()
h = HasDD()
attempt("data desc set", lambda: setattr(h, "d", 1))
attempt("data desc via vars", lambda: (vars(h).update(d=2), h.d)[1])
class GetattrOnClassAttr:
    x = 1
    def __getattribute__(self, n):
        if n == "x":
            return "intercepted"
        return super().__getattribute__(n)
attempt("getattribute intercept", lambda: (GetattrOnClassAttr().x, GetattrOnClassAttr.x))
class Wrap:
    def __init__(self, f): self.f = f
    def __set_name__(self, owner, name):
        print("  wrap set_name", owner.__name__, name)
        setattr(owner, name, self.f)
class Uses:
    @Wrap
    def meth(self): return "meth"
attempt("set_name replacing attr", lambda: Uses().meth())
