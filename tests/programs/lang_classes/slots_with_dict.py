# __slots__ beside a __dict__: a subclass without __slots__, or '__dict__' among the slots,
# keeps slot values out of vars()/__dict__; the values are freed with the object, cycles
# through them are collected, and the layout checks CPython makes on class creation.
import gc
import sys
import weakref


class Base:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Child(Base):
    pass


c = Child(1, 2)
c.extra = "e"
print(vars(c), c.__dict__, c.x, c.y, sorted(k for k in dir(c) if not k.startswith("__")))
c.x = 10
del c.y
print(vars(c), c.x, hasattr(c, "y"))
try:
    del c.y
except AttributeError as e:
    print("AttributeError", e)
try:
    c.y
except AttributeError as e:
    print("AttributeError", e)
c.__dict__["x"] = "shadow?"
print(c.x, vars(c))


class Both:
    __slots__ = ("a", "__dict__")


b = Both()
b.a = 1
b.b = 2
print(b.__dict__, b.a, Both.a.__name__, Both.a.__qualname__)


class Tracked:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("freed", self.label)


holder = Child(Tracked("slot value"), None)
probe = Tracked("probe")
r = weakref.ref(probe)
holder.y = probe
del probe
print("refcount of a slot value", sys.getrefcount(holder.y) - 1)
del holder
print("after del holder:", r() is None)

gc.collect()
a = Child(None, None)
a.x = a
a.tag = Tracked("in cycle")
wa = weakref.ref(a)
del a
print("collected", gc.collect() > 0, wa() is None)


class P:
    __slots__ = ("p",)


class Q:
    __slots__ = ("q",)


for bases in [(P, Q), (P, Child)]:
    try:
        type("Mix", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print("TypeError", e)


class Empty:
    __slots__ = ()


print("empty slots mix", type("M", (Empty, P), {}).__mro__[1].__name__)

for slots in [("a", "a"), ("ok", "2bad"), ("__dict__", "__dict__"), ("__weakref__", "__weakref__")]:
    try:
        type("T", (), {"__slots__": slots})
        print("created", slots)
    except TypeError as e:
        print("TypeError", e)
try:
    type("T", (Child,), {"__slots__": ("__dict__",)})
except TypeError as e:
    print("TypeError", e)
