class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return getattr(obj, self.private, "<unset>")

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.private)


class Point:
    x = Field()
    y = Field()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
del p.y
print(p.y)
print(type(Point.x).__name__)
print(sorted(k for k in vars(p)))

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class C:
    attr = NonData()

c = C()
print(c.attr)
c.__dict__["attr"] = "from instance"
print(c.attr)
del c.__dict__["attr"]
print(c.attr)
print(C.attr)

# set_name called late via type()
D = type("D", (), {"f": Field()})
d = D()
d.f = 5
print(d.f)
