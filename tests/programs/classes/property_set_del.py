# property with getter, setter, deleter; property copying; errors
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """temperature in C"""
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
t = Temp()
t.celsius = 25
print(t.celsius)
t.celsius += 5
print(t._c)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset is not None, Temp.celsius.fdel is not None)
class RO:
    x = property(lambda self: 1)
r = RO()
for action in ["set", "del"]:
    try:
        if action == "set":
            r.x = 2
        else:
            del r.x
    except AttributeError as e:
        print(type(e).__name__, e)
class Named:
    def _get(self):
        return "named"
    y = property(_get)
n = Named()
try:
    n.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Base:
    @property
    def v(self):
        return "base v"
class Child(Base):
    @Base.v.setter
    def v(self, val):
        print("child setter", val)
c = Child()
print(c.v)
c.v = 9
print(Base.v is Child.v, Base.v.fset, Child.v.fget is Base.v.fget)
class Raiser:
    @property
    def bad(self):
        raise AttributeError("inner attr problem")
    def __getattr__(self, name):
        return "getattr fallback for " + name
print(Raiser().bad)
p = property()
try:
    p.__get__(1, int)
except AttributeError as e:
    print(type(e).__name__, e)
print(property.__get__(p, None, int) is p)
