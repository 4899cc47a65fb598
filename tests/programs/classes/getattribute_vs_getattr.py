# __getattribute__ runs for every lookup; __getattr__ only when normal lookup fails
class Tracer:
    cls_attr = "on class"
    def __init__(self):
        self.real = "real value"
    def __getattribute__(self, name):
        print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError("no %s here" % name)
    def method(self):
        return "method result"
t = Tracer()
print(t.real)
print(t.cls_attr)
print(t.dyn_thing)
print(t.method())
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(t, "other", "default"))
print(hasattr(t, "dyn_x"), hasattr(t, "nope"))
class Raising:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError("not an AttributeError")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
r = Raising()
try:
    r.boom
except KeyError as e:
    print(type(e).__name__, e)
print(r.anything)
class OnlyGetattr:
    x = 1
    def __getattr__(self, name):
        return name.upper()
o = OnlyGetattr()
print(o.x, o.abc, o.__class__.__name__)
try:
    o.__len__
    print("has __len__ via getattr:", o.__len__)
    len(o)
except TypeError as e:
    print(type(e).__name__, e)
class Recur:
    def __getattr__(self, name):
        if name == "loop":
            return self.other
        raise AttributeError(name)
try:
    Recur().loop
except AttributeError as e:
    print(type(e).__name__, e)
class Setter:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
s = Setter()
s.v = 21
print(s.v, vars(s))
del s.v
print(vars(s))
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "nope", None))
try:
    getattr(5, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(t, 5)
except TypeError as e:
    print(type(e).__name__, e)
