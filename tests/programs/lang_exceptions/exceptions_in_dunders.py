# Exceptions raised from special methods propagate through builtins and syntax.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Boom:
    def __init__(self, where):
        self.where = where

    def _fail(self, name):
        if name == self.where:
            raise ValueError(f"{name} failed")

    def __hash__(self):
        self._fail("hash")
        return 1

    def __eq__(self, other):
        self._fail("eq")
        return self is other

    def __len__(self):
        self._fail("len")
        return 1

    def __iter__(self):
        self._fail("iter")
        return iter([1, 2])

    def __repr__(self):
        self._fail("repr")
        return "Boom()"

    def __bool__(self):
        self._fail("bool")
        return True

    def __index__(self):
        self._fail("index")
        return 0

    def __getitem__(self, i):
        self._fail("getitem")
        return i

    def __contains__(self, x):
        self._fail("contains")
        return False

    def __format__(self, spec):
        self._fail("format")
        return "formatted"


attempt("hash in set", lambda: {Boom("hash")})
attempt("dict key", lambda: {Boom("hash"): 1})
attempt("eq in dict collision", lambda: {Boom("eq"): 1, Boom("eq"): 2})
attempt("len", lambda: len(Boom("len")))
attempt("list()", lambda: list(Boom("iter")))
attempt("for loop", lambda: [x for x in Boom("iter")])
attempt("unpack", lambda: (lambda a, b: a)(*Boom("iter")))
attempt("repr in list", lambda: repr([1, Boom("repr")]))
attempt("str falls to repr", lambda: str(Boom("repr")))
attempt("f-string", lambda: f"{Boom('format')}")
attempt("if", lambda: "yes" if Boom("bool") else "no")
attempt("not", lambda: not Boom("bool"))
attempt("index", lambda: [1, 2][Boom("index")])
attempt("getitem", lambda: Boom("getitem")[5])
attempt("in", lambda: 1 in Boom("contains"))
attempt("sorted", lambda: sorted([Boom("eq"), Boom("eq")], key=lambda b: b[0]))
attempt("print", lambda: print(Boom("repr")))


class BadNext:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("next failed")


attempt("next raises", lambda: list(BadNext()))
attempt("zip propagates", lambda: list(zip([1], BadNext())))


class StopGetItem:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


attempt("StopIteration from __getitem__ ends iteration", lambda: list(StopGetItem()))


class IterReturnsNonIter:
    def __iter__(self):
        return 5


attempt("iter returns int", lambda: list(IterReturnsNonIter()))


class NextOnly:
    def __next__(self):
        return 1


attempt("no __iter__", lambda: iter(NextOnly()))
attempt("map lazy error", lambda: list(map(lambda x: 1 / x, [1, 0])))
attempt("sum with bad add", lambda: sum([1, "a"]))
attempt("max compare error", lambda: max([1, "a"]))
attempt("dict update bad seq", lambda: dict([(1, 2, 3)]))
attempt("dict from non-pairs", lambda: dict([1]))
