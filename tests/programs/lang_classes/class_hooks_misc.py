# __init_subclass__, __class_getitem__, __call__, __format__, __reversed__, class decorators.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="alpha-x"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, name="b", bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])
attempt("no class_getitem", lambda: Plugin[int])
attempt("list generic", lambda: repr(list[int]))
attempt("dict generic", lambda: repr(dict[str, list[int]]))
attempt("tuple generic", lambda: repr(tuple[int, ...]))
attempt("generic origin", lambda: (list[int].__origin__, list[int].__args__))
attempt("generic call", lambda: list[int]([1, 2]))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


add3 = Adder(3)
print(add3(1), add3(1, times=2), callable(add3), callable(Adder), callable(5))
five = 5
attempt("call non-callable", lambda: five())
attempt("call instance without __call__", lambda: Plugin()())
attempt("call bad kw", lambda: add3(1, bogus=2))


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return f"{self.c * 9 / 5 + 32:{spec[:-1]}f}F"
        return f"{self.c:{spec}}C"


t = Temp(21.5)
print(f"{t}", f"{t:.1F}", format(t, ">8"), "{:.0F}".format(t), "{0:5}".format(t))


class NoFormat:
    pass


attempt("format empty spec", lambda: format(NoFormat(), "")[:10])
attempt("format non-empty", lambda: format(NoFormat(), "x"))
attempt("format returns non-str", lambda: format(type("F", (), {"__format__": lambda s, p: 5})(), ""))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if 0 <= i < 3:
            return "abc"[i]
        raise IndexError(i)

    def __reversed__(self):
        return iter("ZYX")


print(list(reversed(Seq())), list(Seq()))
attempt("reversed no len", lambda: reversed(type("G", (), {"__getitem__": lambda s, i: i})()))
attempt("reversed None", lambda: reversed(type("R", (), {"__reversed__": None})()))


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def tag(label):
    def deco(cls):
        cls.label = label
        return cls
    return deco


@tag("T1")
@add_repr
class Rec:
    def __init__(self, a, b):
        self.a, self.b = a, b


print(Rec(1, "x"), Rec.label)


def replace(cls):
    return "replaced"


@replace
class Gone:
    pass


print(Gone)
