# property: setter/deleter, error messages, property() call form, docs, classmethod/staticmethod objects.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class A:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        "The x value."
        return self._x

    @property
    def rw(self):
        return self._x

    @rw.setter
    def rw(self, v):
        self._x = v

    @rw.deleter
    def rw(self):
        print("  deleting rw")
        self._x = None

    def _get_y(self):
        return "y"

    y = property(_get_y, doc="Y doc")
    z = property()


a = A()
attempt("get x", lambda: a.x)
attempt("set x", lambda: setattr(a, "x", 1))
attempt("del x", lambda: delattr(a, "x"))
a.rw = 5
attempt("rw", lambda: a.rw)
del a.rw
attempt("rw after del", lambda: a.rw)
attempt("y", lambda: a.y)
attempt("z get", lambda: a.z)
attempt("z set", lambda: setattr(a, "z", 1))
attempt("z del", lambda: delattr(a, "z"))
attempt("doc x", lambda: A.x.__doc__)
attempt("doc y", lambda: A.y.__doc__)
attempt("class access", lambda: type(A.x).__name__)
attempt("fget name", lambda: A.x.fget.__name__)
attempt("fset none", lambda: A.x.fset)
attempt("rw parts", lambda: (A.rw.fget.__name__, A.rw.fset.__name__, A.rw.fdel.__name__))
attempt("same obj after setter", lambda: A.rw.setter(lambda s, v: None) is A.rw)


class B(A):
    @A.x.setter
    def x(self, v):
        self._x = v * 10


b = B()
b.x = 2
attempt("inherited setter", lambda: (b.x, A().x))


class Raising:
    @property
    def broken(self):
        raise AttributeError("inner missing")

    def __getattr__(self, name):
        return f"__getattr__({name})"


attempt("property AttributeError falls to __getattr__", lambda: Raising().broken)


class Slots:
    __slots__ = ("_v",)

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val


s = Slots()
attempt("slot unset", lambda: s.v)
s.v = 3
attempt("slot set", lambda: s.v)


class Methods:
    count = 0

    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count

    @staticmethod
    def add(a, b):
        return a + b


print(Methods.inc(), Methods().inc(), Methods.add(1, 2), Methods().add(3, 4))
sm = Methods.__dict__["add"]
cm = Methods.__dict__["inc"]
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__name__)
attempt("call staticmethod obj", lambda: sm(5, 6))
attempt("classmethod obj call", lambda: cm())
attempt("cm __get__", lambda: cm.__get__(None, Methods)())
attempt("bad args", lambda: Methods.add(1))
attempt("prop wrong args", lambda: property(1, 2, 3, 4, 5))
attempt("prop non-callable get", lambda: type("T", (), {"p": property(5)})().p)
