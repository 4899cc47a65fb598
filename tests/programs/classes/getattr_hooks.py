# __getattr__, __getattribute__, __setattr__, __delattr__
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no attribute " + name)
d = Dynamic()
print(d.real, d.x_hello)
print(getattr(d, "missing", "default"), hasattr(d, "nope"), hasattr(d, "x_y"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("delete", name)
        super().__delattr__(name)
l = Logged()
l.b = 5
print(l.a, l.b)
del l.b
print(hasattr(l, "b"))
try:
    del l.zz
except AttributeError as e:
    print(type(e).__name__, e)
class Intercept:
    def __init__(self):
        self.v = 3
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
i = Intercept()
print(i.v, i.secret)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, val):
        raise AttributeError("Frozen is read-only: " + n)
f = Frozen(1)
try:
    f.v = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(f.v)
