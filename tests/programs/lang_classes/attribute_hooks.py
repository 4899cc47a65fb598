# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Tracking:
    cls_attr = "class-level"

    def __init__(self):
        object.__setattr__(self, "log", [])
        self.real = 1

    def __getattr__(self, name):
        self.log.append(("getattr", name))
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name!r} here")

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        if name == "frozen":
            raise AttributeError("frozen is read-only")
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        if name == "real":
            raise AttributeError("cannot delete real")
        object.__delattr__(self, name)

    def __dir__(self):
        return ["zeta", "alpha", "alpha"]


t = Tracking()
print(t.real, t.cls_attr, t.dyn_hello)
attempt("missing", lambda: t.nothing)
attempt("getattr default", lambda: getattr(t, "nothing", "dflt"))
attempt("hasattr", lambda: hasattr(t, "nothing"))
t.num = 5
print(t.num)
attempt("frozen", lambda: setattr(t, "frozen", 1))
t.tmp = "x"
del t.tmp
attempt("del real", lambda: delattr(t, "real"))
attempt("del missing", lambda: delattr(t, "ghost"))
print(t.log)
print(dir(t))


class GA:
    def __init__(self):
        self.x = 10

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        if name == "x":
            return object.__getattribute__(self, name) + 1
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"


g = GA()
print(g.x, g.secret, g.other)
print(getattr(g, "x"), g.__class__.__name__)


class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)


attempt("getattribute KeyError", lambda: Raises().anything)
attempt("hasattr KeyError propagates", lambda: hasattr(Raises(), "y"))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    pass


tg = Target()
px = Proxy(tg)
px.color = "red"
print(tg.color, px.color, "color" in vars(px))
attempt("proxy upper", lambda: Proxy("abc").upper())
attempt("len via proxy", lambda: len(Proxy([1, 2])))


class Recur:
    def __getattr__(self, name):
        if name == "a":
            return self.b
        raise AttributeError(name)


attempt("chained getattr", lambda: Recur().a)
attempt("dir sorted", lambda: dir(Tracking())[:2])


class DirBad:
    def __dir__(self):
        return 5


attempt("dir returns int", lambda: dir(DirBad()))
attempt("setattr non-str", lambda: setattr(Target(), 5, 1))
attempt("getattr non-str", lambda: getattr(Target(), 5))
attempt("object attr set", lambda: setattr(object(), "a", 1))
attempt("int attr set", lambda: setattr(5, "real", 1))
attempt("builtin type set", lambda: setattr(int, "foo", 1))
