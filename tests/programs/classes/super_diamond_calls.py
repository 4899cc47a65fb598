# cooperative super() through a diamond, with arguments and classmethods
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.trace = ["Base"]
    def hello(self):
        return ["Base"]
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
        self.trace.append("Left")
    def hello(self):
        return ["Left"] + super().hello()
    @classmethod
    def make(cls):
        return "Left>" + super().make()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
        self.trace.append("Right")
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
        self.trace.append("Bottom")
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom(left=1, right=2)
print(b.trace)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(Bottom.make(), Right.make())
print(super(Left, b).hello(), super(Right, b).hello())
print(super(Bottom, Bottom).make())
class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Outer:
    def method(self):
        def inner():
            return super(Outer, self).__repr__.__name__
        return inner()
print(Outer().method())
class NoArgInFunc:
    def m(self):
        sup = super()
        return [sup.__class__.__name__ for _ in range(1)], sup.__thisclass__.__name__
print(NoArgInFunc().m())
try:
    super(Left, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Attr(Base):
    def __init__(self):
        pass
    x = "Attr.x"
class AttrChild(Attr):
    x = "AttrChild.x"
    def get(self):
        return super().x
print(AttrChild().get())
try:
    print(super(AttrChild, AttrChild()).missing)
except AttributeError as e:
    print(type(e).__name__, e)
