# Metaclass __prepare__ with custom namespaces, metaclass __call__, __new__ returning other types.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("  ns lookup", k)
        return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return RecordingNS()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Rec(metaclass=Meta):
    b = 1
    a = 2
    c = a + b
    def m(self): pass
print(Rec.field_order)
class AutoNS(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
class Auto(metaclass=AutoMeta):
    x = auto_hello
    y = len("abc")
print(Auto.x, Auto.y)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class B(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError", e)
class Meta2(type):
    def __call__(cls, *a, **k):
        print("  Meta2.__call__", a, k)
        if a and a[0] == "skip":
            return "not an instance"
        return super().__call__(*a, **k)
class Obj(metaclass=Meta2):
    def __init__(self, *a):
        print("  Obj.__init__", a)
print(Obj("skip"))
print(type(Obj(1)).__name__)
class Other:
    def __init__(self):
        print("  Other.__init__ (should not run)")
class NewOther:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("  NewOther.__init__ (should not run)")
print(type(NewOther()).__name__)
class NewSub:
    def __new__(cls):
        return super().__new__(SubOfNewSub)
    def __init__(self):
        print("  __init__ runs for subclass instance:", type(self).__name__)
class SubOfNewSub(NewSub):
    pass
print(type(NewSub()).__name__)
attempt("meta repr", lambda: repr(Meta))
attempt("metaclass of metaclass", lambda: type(Meta).__name__)
attempt("meta mro", lambda: [c.__name__ for c in Meta.__mro__])
attempt("type(Rec) is Meta", lambda: type(Rec) is Meta)
attempt("Rec.__class__", lambda: Rec.__class__.__name__)
attempt("instance of meta check", lambda: isinstance(Rec, type))
attempt("class body namespace type", lambda: type(Rec.__dict__).__name__)
