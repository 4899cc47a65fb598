# Errors during class creation, function attribute validation, __bases__ assignment.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


class SN:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed")


try:
    class Owner:
        d = SN()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


class IS:
    def __init_subclass__(cls):
        raise KeyError("no subclass")


try:
    class Sub(IS):
        pass
except KeyError as e:
    print("KeyError", e)


def f():
    pass


def g(a, b=2):
    return a, b


attempt("func attrs", lambda: (f.__defaults__, f.__kwdefaults__, f.__closure__, f.__globals__ is globals()))
attempt("func builtins", lambda: f.__builtins__ is not None)
attempt("set defaults non-tuple", lambda: setattr(f, "__defaults__", 5))
g.__defaults__ = (10, 20)
attempt("changed defaults", lambda: g())
g.__defaults__ = None
attempt("removed defaults", lambda: g(1))
attempt("bad kwdefaults", lambda: setattr(g, "__kwdefaults__", [1]))
attempt("bad code", lambda: setattr(g, "__code__", None))
attempt("function(code, globals)", lambda: type(f)(g.__code__, {})(5))
attempt("subclass bool", lambda: type("B", (bool,), {}))
attempt("subclass function", lambda: type("F", (type(f),), {}))
attempt("subclass NoneType", lambda: type("N", (type(None),), {}))
attempt("subclass slice", lambda: type("S", (slice,), {}))
attempt("subclass range", lambda: type("R", (range,), {}))
attempt("layout conflict", lambda: type("M", (int, str), {}))
attempt("layout conflict list dict", lambda: type("M", (list, dict), {}))
attempt("base is instance", lambda: type("I", (5,), {}))
attempt("class stmt base is instance", lambda: exec("class X(5): pass"))
attempt("type.mro(int)", lambda: type.mro(int))


class P:
    pass


class Q:
    def hello(self):
        return "Q.hello"


class R(P):
    pass


R.__bases__ = (Q,)
attempt("after bases assign", lambda: (R.__bases__, R.__mro__, R().hello()))
attempt("bases to empty", lambda: setattr(R, "__bases__", ()))
attempt("bases cycle", lambda: setattr(Q, "__bases__", (R,)))
attempt("del __name__", lambda: delattr(P, "__name__"))
attempt("builtin type attr", lambda: setattr(list, "x", 1))
attempt("builtin type del", lambda: delattr(int, "real"))
