# __index__, __int__, __float__, __complex__, __round__, __trunc__/__floor__/__ceil__, unary ops.
import math


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


i2, i5 = Idx(2), Idx(5)
data = list(range(10))
attempt("list[idx]", lambda: data[i2])
attempt("slice", lambda: data[i2:i5])
attempt("slice step", lambda: data[::Idx(3)])
attempt("range", lambda: list(range(i2, i5)))
attempt("hex", lambda: hex(Idx(255)))
attempt("bin", lambda: bin(Idx(5)))
attempt("oct", lambda: oct(Idx(8)))
attempt("str*idx", lambda: "ab" * Idx(3))
attempt("bytes*idx", lambda: b"ab" * Idx(2))
attempt("idx*str", lambda: Idx(2) * "ab")
attempt("operator int()", lambda: int(Idx(7)))
attempt("tuple idx", lambda: (1, 2, 3)[Idx(-1)])
attempt("bytes", lambda: bytes(Idx(3)))
attempt("bad index return", lambda: data[Idx("x")])
attempt("float as index", lambda: data[1.0])
attempt("str as index", lambda: data["1"])


class Num:
    def __int__(self):
        return 41

    def __float__(self):
        return 2.5

    def __complex__(self):
        return complex(1, 2)

    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return "abs"

    def __invert__(self):
        return "invert"


n = Num()
attempt("int", lambda: int(n))
attempt("float", lambda: float(n))
attempt("complex", lambda: complex(n))
attempt("round", lambda: round(n))
attempt("round 2", lambda: round(n, 2))
attempt("trunc", lambda: math.trunc(n))
attempt("floor", lambda: math.floor(n))
attempt("ceil", lambda: math.ceil(n))
attempt("unary", lambda: (-n, +n, abs(n), ~n))
attempt("math.sqrt uses float", lambda: math.sqrt(Num()))
attempt("list idx via __int__", lambda: data[n])


class Bad:
    def __int__(self):
        return "nope"

    def __float__(self):
        return 1


attempt("bad int", lambda: int(Bad()))
attempt("bad float", lambda: float(Bad()))


class Empty:
    pass


e = Empty()
attempt("neg empty", lambda: -e)
attempt("pos empty", lambda: +e)
attempt("invert empty", lambda: ~e)
attempt("abs empty", lambda: abs(e))
attempt("int empty", lambda: int(e))
attempt("float empty", lambda: float(e))
attempt("round empty", lambda: round(e))
attempt("floor empty", lambda: math.floor(e))
attempt("hex empty", lambda: hex(e))
attempt("range empty", lambda: range(e))


class OnlyIndex:
    def __index__(self):
        return 3


attempt("int from index", lambda: int(OnlyIndex()))
attempt("float from index", lambda: float(OnlyIndex()))
attempt("complex from index", lambda: complex(OnlyIndex()))
attempt("round float ndigits", lambda: (round(2.675, 2), round(1234, -2), round(-0.5), round(1.5)))
attempt("round int ndigits type", lambda: type(round(5, 1)).__name__)
