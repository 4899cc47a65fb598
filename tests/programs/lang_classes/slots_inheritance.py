# __slots__: inheritance, __dict__ in slots, errors, member descriptors.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
attempt("no dict", lambda: p.__dict__)
attempt("set z", lambda: setattr(p, "z", 3))
attempt("P.x type", lambda: type(P.x).__name__)
attempt("P.x name", lambda: P.x.__name__)
del p.y
attempt("deleted y", lambda: p.y)
attempt("del again", lambda: delattr(p, "y"))
attempt("hasattr", lambda: hasattr(p, "y"))


class Q(P):
    pass


q = Q(3, 4)
q.extra = "ok"
print(q.x, q.extra, q.__dict__)


class R(P):
    __slots__ = ("z",)


r = R(5, 6)
r.z = 7
print(r.x, r.y, r.z)
attempt("R no dict", lambda: setattr(r, "w", 1))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "v"
print(s.only, Single.__slots__)


class Empty:
    __slots__ = ()


attempt("empty slots set", lambda: setattr(Empty(), "q", 1))

attempt("conflict class var", lambda: type("Bad", (), {"__slots__": ("v",), "v": 1}))

try:
    class Dup:
        __slots__ = ("a", "a")
    print("dup ok")
except Exception as e:
    print(type(e).__name__, e)

try:
    class BadName:
        __slots__ = ("1a",)
except TypeError as e:
    print("TypeError", e)


class WithWeak:
    __slots__ = ("__weakref__",)


print(hasattr(WithWeak(), "__weakref__"))


class Default:
    __slots__ = ("v",)
    def get(self):
        return getattr(self, "v", "default")


d = Default()
print(d.get())
d.v = 10
print(d.get())

print(sorted(k for k in P.__dict__ if not k.startswith("__") or k == "__slots__"))
