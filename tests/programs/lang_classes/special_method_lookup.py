# Implicit special-method lookup goes through the type, bypassing instance attrs and __getattr__.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Plain:
    pass


p = Plain()
p.__len__ = lambda: 5
p.__repr__ = lambda: "instance repr"
p.__call__ = lambda: "instance call"
attempt("len ignores instance attr", lambda: len(p))
attempt("repr ignores instance attr", lambda: repr(p).startswith("<__main__.Plain object"))
attempt("call ignores instance attr", lambda: p())
attempt("explicit attr works", lambda: p.__len__())


class Dynamic:
    def __getattr__(self, name):
        return lambda *a: f"getattr:{name}"


d = Dynamic()
attempt("explicit dunder via getattr", lambda: d.__len__())
attempt("len bypasses __getattr__", lambda: len(d))
attempt("iter bypasses __getattr__", lambda: iter(d))
attempt("add bypasses __getattr__", lambda: d + 1)


class Meta(type):
    def __len__(cls):
        return 99

    def __getitem__(cls, item):
        return f"Meta[{item}]"

    def __iter__(cls):
        return iter("meta")

    def __repr__(cls):
        return f"<Meta-made {cls.__name__}>"


class UsesMeta(metaclass=Meta):
    def __len__(self):
        return 1


print(len(UsesMeta), len(UsesMeta()), UsesMeta["x"], list(UsesMeta), repr(UsesMeta))


class LateAdd:
    pass


la = LateAdd()
attempt("before adding __len__", lambda: len(la))
LateAdd.__len__ = lambda self: 3
attempt("after adding to class", lambda: len(la))
LateAdd.__add__ = lambda self, o: ("added", o)
attempt("add after patch", lambda: la + 1)
LateAdd.__radd__ = lambda self, o: ("radded", o)
attempt("radd after patch", lambda: 1 + la)
del LateAdd.__len__
attempt("after delete", lambda: len(la))
LateAdd.__bool__ = lambda self: False
attempt("bool patched", lambda: bool(la))
LateAdd.__eq__ = lambda self, o: True
attempt("eq patched", lambda: la == 5)
attempt("hash after eq patch", lambda: type(hash(la)).__name__)
LateAdd.__iter__ = lambda self: iter([7, 8])
attempt("iter patched", lambda: list(la))
LateAdd.__getitem__ = lambda self, k: k * 2
attempt("getitem patched", lambda: la[21])
LateAdd.__call__ = lambda self, *a: a
attempt("call patched", lambda: la(1, 2))
LateAdd.__enter__ = lambda self: "entered"
LateAdd.__exit__ = lambda self, *a: None


def use_with():
    with la as v:
        return v


attempt("with patched", use_with)
LateAdd.__str__ = lambda self: "patched str"
attempt("str patched", lambda: (str(la), f"{la}", format(la)))


class Base:
    def __repr__(self):
        return "Base repr"


class Child(Base):
    pass


print(repr(Child()))
Base.__repr__ = lambda self: "changed base repr"
print(repr(Child()))
attempt("int patch", lambda: setattr(int, "__len__", lambda s: 1))
