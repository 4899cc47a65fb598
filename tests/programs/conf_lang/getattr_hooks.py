class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

l = Lazy()
print(l.real)
print(l.auto_abc)
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "nothing", "default"))
print(hasattr(l, "auto_x"))


class Logged:
    def __init__(self):
        self.a = 5

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("fallback", name)
        return 0

    def method(self):
        return self.a * 2

g = Logged()
print(g.a)
print(g.method())
print(g.zzz)


class Setter:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value * 2)

    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)

s = Setter()
s.v = 21
print(s.v)
del s.v
print(hasattr(s, "v"))


class Raiser:
    @property
    def prop(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "fallback for " + name

print(Raiser().prop)
