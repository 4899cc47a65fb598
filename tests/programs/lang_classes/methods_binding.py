# Method binding: bound method identity/equality, __func__/__self__, runtime-added methods, __dict__ swaps.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class A:
    def m(self):
        return ("m", id(self) == id(a))

    @classmethod
    def c(cls):
        return cls.__name__

    @staticmethod
    def s():
        return "s"


a = A()
print(a.m == a.m, a.m is a.m, a.m.__func__ is A.m, a.m.__self__ is a)
print(A.c.__self__ is A, a.c.__self__ is A, A.c(), a.c())
print(type(A.m).__name__, type(a.m).__name__, type(A.s).__name__, type(A.__dict__["s"]).__name__)
print(A.m(a), a.m())
attempt("unbound call missing self", lambda: A.m())
attempt("bound hash equal", lambda: hash(a.m) == hash(a.m))
attempt("bound of different", lambda: A().m == a.m)


def extra(self, x):
    return ("extra", x)


A.extra = extra
print(a.extra(1))
a.inst_fn = extra
attempt("instance function not bound", lambda: a.inst_fn(1))
attempt("instance function explicit", lambda: a.inst_fn(a, 2))
import types as _types_for_method
a.bound = _types_for_method.MethodType(extra, a)
print(a.bound(3))
print(sorted(vars(a)))
a.__dict__ = {"replaced": True}
attempt("replaced dict", lambda: (vars(a), a.replaced))
attempt("dict non-dict", lambda: setattr(a, "__dict__", []))
attempt("class dict assign", lambda: setattr(type("T", (), {}), "__dict__", {}))
del A.extra
attempt("deleted method", lambda: a.extra(1))


class Shadow:
    def method(self):
        return "class method"


sh = Shadow()
sh.method = lambda: "instance attribute"
print(sh.method(), Shadow.method(sh))
del sh.method
print(sh.method())


class Callable:
    def __call__(self, *a):
        return ("called", a)


class UsesCallable:
    attr = Callable()


print(UsesCallable().attr(1))


class Counter:
    count = 0

    def inc(self):
        self.count += 1
        return self.count


c1, c2 = Counter(), Counter()
c1.inc()
c1.inc()
print(c1.count, c2.count, Counter.count, "count" in vars(c1))
Counter.count = 100
print(c2.inc(), c1.inc())
print(A.__dict__["c"].__func__(A), A.__dict__["s"].__func__())
meth = "abc".upper
print(meth(), meth.__self__, meth.__name__, type(meth).__name__)
print([].append.__self__, (1).__add__(2), int.__add__(3, 4))
attempt("descriptor wrong type", lambda: str.upper(5))
attempt("int.__add__ wrong", lambda: int.__add__(3, "a"))
print(list.__dict__["append"](x := [], 1) is None, x)
