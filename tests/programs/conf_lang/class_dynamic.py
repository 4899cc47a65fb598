def method(self):
    return f"hi from {type(self).__name__}"

Dyn = type("Dyn", (object,), {"greet": method, "x": 1, "__doc__": "dynamic"})
d = Dyn()
print(d.greet(), Dyn.x, Dyn.__doc__, Dyn.__name__, Dyn.__qualname__, Dyn.__bases__)

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"

obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)

class C:
    pass
C.added = lambda self: "added later"
print(C().added())
c = C()
c.func = lambda: "instance func, unbound"
print(c.func())
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
setattr(C, "z", 26)
print(getattr(C, "z"), C.z, hasattr(C, "zz"))
delattr(C, "z")
print(hasattr(C, "z"))

class MroEntries:
    def __mro_entries__(self, bases):
        return (A,)
class FromEntries(MroEntries()):
    pass
print(FromEntries().who(), [k.__name__ for k in FromEntries.__mro__], FromEntries.__orig_bases__[0].__class__.__name__)

class WithCall:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return sum(args)
wc = WithCall()
print(wc(1, 2), wc(), wc.calls, callable(wc), callable(C), callable(5))

class ClassProp:
    _n = "class-level"
    @classmethod
    def name(cls):
        return cls._n
print(ClassProp.name(), ClassProp().name())
print(vars(Dyn()) , Dyn().__dict__)
print(type(type), type(object), object.__bases__, type.__bases__)
