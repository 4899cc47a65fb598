# Rich comparison reflection, NotImplemented fallbacks, identity default for ==, error messages.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        print(f"  {self!r}.__eq__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


class Special(Version):
    def __gt__(self, other):
        print(f"  {self!r}.__gt__ (subclass reflected)")
        return "special-gt"


a, b = Version(1, 0), Version(1, 2)
attempt("a < b", lambda: a < b)
attempt("a > b (reflected __lt__)", lambda: a > b)
attempt("a <= b", lambda: a <= b)
attempt("a == b", lambda: a == b)
attempt("a != b (derived from __eq__)", lambda: a != b)
attempt("a == 1", lambda: a == 1)
attempt("1 == a", lambda: 1 == a)
attempt("a < 1", lambda: a < 1)
attempt("1 < a", lambda: 1 < a)
attempt("subclass reflected first", lambda: a < Special(2))
attempt("sorted", lambda: sorted([Version(2), Version(1, 5), Version(1)]))
attempt("max", lambda: max(Version(3), Version(10)))


class Plain:
    pass


p = Plain()
attempt("identity eq", lambda: (p == p, p == Plain(), p != p))
attempt("plain lt", lambda: p < p)
attempt("plain ge", lambda: p >= 3)
attempt("int vs str", lambda: 1 < "1")
attempt("list vs tuple", lambda: [1] < (1,))
attempt("None lt", lambda: None < 0)
attempt("in uses eq", lambda: Version(1, 2) in [a, b])
attempt("list eq", lambda: [a] == [Version(1, 0)])
attempt("identity shortcut in list eq", lambda: [a] == [a])


class AlwaysEq:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return "custom ne"


attempt("ne custom", lambda: AlwaysEq() != 1)
attempt("reflected ne", lambda: 1 != AlwaysEq())


class WeirdReturn:
    def __lt__(self, other):
        return [1, 2]

    def __eq__(self, other):
        return 0


attempt("lt non-bool", lambda: WeirdReturn() < 1)
attempt("if lt", lambda: "yes" if WeirdReturn() < 1 else "no")
attempt("eq 0", lambda: WeirdReturn() == 1)
attempt("list contains uses bool", lambda: WeirdReturn() in [1])


class Bad:
    def __eq__(self, other):
        raise ValueError("eq exploded")


attempt("eq raises", lambda: Bad() == 1)
attempt("in raises", lambda: 1 in [Bad()])
attempt("list index", lambda: [1, 2].index(Bad()))
attempt("dict lookup eq", lambda: {1: "x"}.get(1.0))
attempt("chained", lambda: Version(1) < Version(2) < Version(3))
