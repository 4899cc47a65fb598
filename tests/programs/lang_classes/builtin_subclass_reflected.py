# Subclasses of builtins overriding reflected operators get priority over the base type's method.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


class MyInt(int):
    def __radd__(self, other):
        return ("MyInt.__radd__", other)

    def __rsub__(self, other):
        return NotImplemented


class MyFloat(float):
    def __rmul__(self, other):
        return ("MyFloat.__rmul__", other)


class MyStr(str):
    def __radd__(self, other):
        return "MyStr.__radd__ " + other


class MyList(list):
    def __radd__(self, other):
        return "MyList.__radd__"


class MyTuple(tuple):
    def __rmul__(self, other):
        return "MyTuple.__rmul__"


class GtInt(int):
    def __gt__(self, other):
        return "GtInt.__gt__"


class EqStr(str):
    def __eq__(self, other):
        return "EqStr.__eq__"

    __hash__ = str.__hash__


class MyDict(dict):
    def __ror__(self, other):
        return "MyDict.__ror__"


class MySet(set):
    def __rand__(self, other):
        return "MySet.__rand__"


attempt("1 + MyInt", lambda: 1 + MyInt(2))
attempt("MyInt + 1", lambda: MyInt(2) + 1)
attempt("1 - MyInt (NotImplemented -> int.__sub__? no)", lambda: 1 - MyInt(2))
attempt("1.5 + MyInt", lambda: 1.5 + MyInt(2))
attempt("2 * MyFloat", lambda: 2 * MyFloat(1.0))
attempt("2.0 * MyFloat", lambda: 2.0 * MyFloat(1.0))
attempt("MyFloat * 2", lambda: MyFloat(1.5) * 2)
attempt("'a' + MyStr", lambda: "a" + MyStr("b"))
attempt("[] + MyList", lambda: [] + MyList())
attempt("2 * MyTuple", lambda: 2 * MyTuple())
attempt("1 < GtInt", lambda: 1 < GtInt(5))
attempt("GtInt > 1", lambda: GtInt(5) > 1)
attempt("'x' == EqStr", lambda: "x" == EqStr("y"))
attempt("{} | MyDict", lambda: {} | MyDict())
attempt("{1} & MySet", lambda: {1} & MySet())
attempt("type of int + MyInt sum", lambda: type(MyInt(1) - 1).__name__)
attempt("MyFloat arithmetic type", lambda: type(MyFloat(1.0) + 1).__name__)


class AllOps(int):
    def __lt__(self, o):
        return "lt"

    def __eq__(self, o):
        return "eq"

    __hash__ = int.__hash__


class FloatOps(float):
    def __add__(self, o):
        return "fadd"

    def __eq__(self, o):
        return "feq"

    def __gt__(self, o):
        return "fgt"

    __hash__ = float.__hash__


attempt("int subclass lt/eq", lambda: (AllOps(1) < 2, AllOps(1) == 1, AllOps(1) != 1))
attempt("float subclass add/eq/gt", lambda: (FloatOps(1) + 1, FloatOps(1) == 1.0, FloatOps(1) > 0))
attempt("float subclass in dict key", lambda: {FloatOps(1.5): "v"}[1.5])


class IdxInt(int):
    def __index__(self):
        return 0


attempt("int subclass as list index", lambda: [10, 20][IdxInt(1)])
attempt("int subclass in range", lambda: list(range(IdxInt(2))))
