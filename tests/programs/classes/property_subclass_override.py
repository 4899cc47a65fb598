# properties on subclasses: overriding, extending with .setter, and super() access
class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print("Base setter", v)
        self._x = v
    @property
    def label(self):
        return "base"
class Child(Base):
    @property
    def x(self):
        return super().x * 10
class Child2(Base):
    @Base.x.setter
    def x(self, v):
        print("Child2 setter", v)
        Base.x.fset(self, v * 2)
class Child3(Base):
    label = "plain attribute"
class Child4(Base):
    @property
    def label(self):
        return "child4+" + super().label
c = Child()
print(c.x)
try:
    c.x = 5
except AttributeError as e:
    print("AttributeError", e)
c2 = Child2()
c2.x = 5
print(c2.x, Base.x is Child2.x, type(Child2.x).__name__)
print(Child3().label, Child4().label)
b = Base()
b.x = 7
print(b.x)
try:
    b.label = "no"
except AttributeError as e:
    print("AttributeError", e)
try:
    del b.x
except AttributeError as e:
    print("AttributeError", e)
class ShadowedByInstance(Base):
    pass
s = ShadowedByInstance()
s.__dict__["label"] = "instance dict"
print(s.label)
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"
class UsesNonData(Base):
    label = NonData()
u = UsesNonData()
print(u.label)
u.__dict__["label"] = "dict wins over non-data"
print(u.label)
class Dyn(Base):
    pass
Dyn.extra = property(lambda self: "added later " + str(self._x))
print(Dyn().extra)
print(Base.x.__get__(c2), Child.x.fget(c), Base.x.fset is Child2.x.fset, Child.x.fset)
class Deleter(Base):
    @Base.x.deleter
    def x(self):
        print("deleting")
d = Deleter()
del d.x
print(d.x)
