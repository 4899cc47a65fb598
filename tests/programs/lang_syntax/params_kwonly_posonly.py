# Keyword-only and positional-only parameters and their error messages.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def pos(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)


attempt("ok", lambda: pos(1, 2, 3, d=4))
attempt("ok kw c", lambda: pos(1, 2, c=3, d=4, e=6))
attempt("posonly as kw", lambda: pos(1, b=2, c=3, d=4))
attempt("two posonly as kw", lambda: pos(a=1, b=2, c=3, d=4))
attempt("missing kwonly", lambda: pos(1, 2, 3))
attempt("too many positional", lambda: pos(1, 2, 3, 4))
attempt("missing positional", lambda: pos(1, d=1))
attempt("unexpected kw", lambda: pos(1, 2, 3, d=4, z=1))
attempt("multiple values", lambda: pos(1, 2, 3, c=3, d=4))


def kwonly(*, a, b):
    return a, b


attempt("kwonly positional", lambda: kwonly(1, 2))
attempt("kwonly missing two", lambda: kwonly())
attempt("kwonly missing one", lambda: kwonly(a=1))


def three(a, b, c):
    return a


attempt("missing three", lambda: three())
attempt("missing two", lambda: three(1))
attempt("too many with defaults", lambda: (lambda x, y=1: x)(1, 2, 3))
attempt("zero args given", lambda: (lambda: 0)(1))
attempt("lambda kw", lambda: (lambda x: x)(y=1))


def posonly_kwargs(a, /, **kw):
    return a, kw


attempt("posonly name in kwargs", lambda: posonly_kwargs(1, a=2))


def defaults(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


attempt("mixed", lambda: defaults(1, d=4))
attempt("mixed all", lambda: defaults(1, 2, 3, 4, 5, d=6, f=7))


class K:
    def m(self, x, /, *, y):
        return x, y

    @classmethod
    def c(cls, a):
        return a

    @staticmethod
    def s(a, /):
        return a


attempt("method ok", lambda: K().m(1, y=2))
attempt("method missing", lambda: K().m())
attempt("method too many", lambda: K().m(1, 2))
attempt("classmethod too many", lambda: K.c(1, 2))
attempt("static posonly kw", lambda: K.s(a=1))
attempt("unbound method missing self", lambda: K.m())
attempt("init args", lambda: K(1))
attempt("object() args", lambda: object(1))


class WithInit:
    def __init__(self, a):
        self.a = a


attempt("init missing", lambda: WithInit())
attempt("init too many", lambda: WithInit(1, 2))
attempt("builtin kw", lambda: len(obj=[]))
attempt("builtin posonly", lambda: divmod(x=1, y=2))
attempt("max kw", lambda: max([1], bogus=1))
attempt("sorted positional", lambda: sorted([1], None))
