# Truthiness: __bool__ over __len__, bad return values, __len__ errors.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__ called")
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__ called")
        return self.n


class Both(B, L):
    def __init__(self):
        B.__init__(self, False)
        L.__init__(self, 5)


attempt("bool True", lambda: bool(B(True)))
attempt("bool False", lambda: bool(B(False)))
attempt("len 0", lambda: bool(L(0)))
attempt("len 3", lambda: bool(L(3)))
attempt("both", lambda: bool(Both()))
attempt("bool returns int", lambda: bool(B(1)))
attempt("bool returns None", lambda: bool(B(None)))
attempt("len negative", lambda: bool(L(-1)))
attempt("len negative len()", lambda: len(L(-1)))
attempt("len str", lambda: len(L("3")))
attempt("len float", lambda: len(L(3.0)))
attempt("len huge", lambda: len(L(2 ** 70)))
attempt("len bool", lambda: len(L(True)))
attempt("not", lambda: not L(0))
attempt("and", lambda: type(L(0) and "x").__name__)
attempt("or", lambda: (L(0) or "fallback"))
attempt("if", lambda: "yes" if B(True) else "no")
attempt("while", lambda: [1 for _ in range(2) if L(1)])
attempt("plain object", lambda: bool(object()))


class NoLen:
    pass


attempt("len(no len)", lambda: len(NoLen()))
attempt("bool class", lambda: bool(NoLen))


class BoolNone:
    __bool__ = None


attempt("__bool__ None", lambda: bool(BoolNone()))


class LenNone:
    __len__ = None


attempt("__len__ None", lambda: len(LenNone()))
attempt("any/all", lambda: (any([L(0), L(0)]), all([L(1), B(True)])))
attempt("filter", lambda: len(list(filter(None, [L(0), L(2), B(False)]))))
