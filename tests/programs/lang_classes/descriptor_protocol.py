# Descriptor protocol: data vs non-data precedence, __set_name__, __delete__.
class Typed:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.slot = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("class access", objtype.__name__, self.name)
        return getattr(obj, self.slot, "<unset>")

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.slot)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata-value"


class Point:
    x = Typed()
    y = Typed()
    nd = NonData()


p = Point()
print(Point.x)
print(p.x)
p.x = 5
print(p.x, p.__dict__)
try:
    p.y = "a"
except TypeError as e:
    print("TypeError", e)
# data descriptor wins over instance dict
p.__dict__["x"] = 99
print(p.x)
del p.x
print(p.x)
# non-data descriptor loses to instance dict
print(p.nd)
p.nd = "instance"
print(p.nd)
del p.nd
print(p.nd)


class GetOnly:
    def __get__(self, obj, objtype=None):
        return 42


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class C:
    g = GetOnly()
    s = SetOnly()


c = C()
c.s = 7
print(type(C.__dict__["s"]).__name__, c.s is C.__dict__["s"])
c.__dict__["s"] = "shadow"
print(type(c.s).__name__)
try:
    del c.s
except AttributeError as e:
    print("AttributeError", e)


# descriptor on the class: __get__ receives None
class Meta(type):
    pass


class Described:
    d = GetOnly()


print(Described.d, Described().d)


# functions are non-data descriptors
def f(self):
    return ("bound", type(self).__name__)


class H:
    pass


H.m = f
print(H().m())
print(f.__get__(H(), H)())
print(type(f.__get__(None, H)).__name__)
bm = H().m
print(bm.__func__ is f, type(bm.__self__).__name__)


# __set_name__ called for late-added? (no: only at class creation)
class Later:
    pass


t = Typed.__new__(Typed)
Later.z = t
print(hasattr(t, "name"))
t.__set_name__(Later, "z")
print(t.name, t.owner)
