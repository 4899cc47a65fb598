# Subclasses delegating to the base type's dunders explicitly or through super().
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class CIStr(str):
    """Case-insensitive string key."""

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower() if isinstance(other, str) else other)

    def __hash__(self):
        return str.__hash__(self.lower())

    def __lt__(self, other):
        return super().__lt__(other.lower() if isinstance(other, str) else other)


keys = {CIStr("Apple"): 1, CIStr("banana"): 2}
attempt("lookup ci", lambda: keys.get(CIStr("APPLE")))
attempt("eq", lambda: (CIStr("Abc") == "aBC", "aBC" == CIStr("Abc")))
attempt("sorted", lambda: sorted([CIStr("b"), CIStr("A"), CIStr("c")]))


class Money(int):
    def __add__(self, other):
        return Money(int.__add__(self, other))

    def __neg__(self):
        return Money(super().__neg__())

    def __lt__(self, other):
        return super().__lt__(other)

    def __repr__(self):
        return f"Money({int(self)})"


attempt("money add", lambda: Money(5) + 3)
attempt("money neg", lambda: -Money(5))
attempt("money lt", lambda: Money(1) < 2)
attempt("money abs via int", lambda: int.__abs__(Money(-3)))
attempt("money float", lambda: int.__float__(Money(2)))
attempt("money round", lambda: int.__round__(Money(2)))
attempt("money bool", lambda: int.__bool__(Money(0)))


class Ordered(tuple):
    def __lt__(self, other):
        print("  Ordered.__lt__")
        return super().__lt__(other)

    def __eq__(self, other):
        return tuple.__eq__(self, other)

    __hash__ = tuple.__hash__


attempt("tuple super lt", lambda: Ordered((1, 2)) < (1, 3))
attempt("tuple base eq", lambda: Ordered((1,)) == (1,))
attempt("tuple in set", lambda: (1,) in {Ordered((1,))})


class Temp(float):
    def __str__(self):
        return float.__repr__(self) + "C"

    def __neg__(self):
        return Temp(float.__neg__(self))

    def __abs__(self):
        return Temp(super().__abs__())


attempt("float str", lambda: str(Temp(21.5)))
attempt("float neg", lambda: str(-Temp(3.0)))
attempt("float abs", lambda: str(abs(Temp(-2.0))))


class MyList(list):
    def __lt__(self, other):
        return list.__lt__(self, other)

    def __reversed__(self):
        return list.__reversed__(self)


attempt("list lt", lambda: MyList([1]) < [2])
attempt("list reversed", lambda: list(reversed(MyList([1, 2, 3]))))
attempt("dict ior", lambda: dict.__ior__({"a": 1}, {"b": 2}))
attempt("set ior", lambda: sorted(set.__ior__({1}, {2})))
attempt("object lt", lambda: object.__lt__(object(), 1))
attempt("str base eq subclass", lambda: str.__eq__(CIStr("a"), "a"))
attempt("int base eq subclass", lambda: int.__eq__(Money(1), 1))
attempt("list base eq subclass", lambda: list.__eq__(MyList([1]), [1]))
