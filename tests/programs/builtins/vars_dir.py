# vars() and dir() on user class instances
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    kind = "thing"
    def __init__(self):
        self.a = 1
        self._private = 2
    def method(self):
        pass
    @property
    def prop(self):
        return 3
t = Thing()
t.z = 26
print(vars(t))
print([n for n in sorted(dir(t)) if not n.startswith("__")])
print([n for n in sorted(dir(Thing)) if not n.startswith("__")])
print(sorted(k for k in vars(Thing) if not k.startswith("__")))
vars(t)["injected"] = "via vars"
print(t.injected, "injected" in dir(t))
def f():
    local_a = 1
    local_b = [2]
    return sorted(vars().keys()), sorted(dir())
print(f())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("s",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
