# __hash__ = None, __eq__ disabling hash, __contains__, __missing__, __length_hint__.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class EqOnly:
    def __eq__(self, other):
        return True


class Explicit:
    __hash__ = None


class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)

    def __hash__(self):
        return 7


class Child(EqAndHash):
    def __eq__(self, other):
        return False


print(EqOnly.__hash__, Explicit.__hash__, Child.__hash__)
attempt("hash EqOnly", lambda: hash(EqOnly()))
attempt("hash Explicit", lambda: hash(Explicit()))
attempt("set of EqOnly", lambda: {EqOnly()})
attempt("dict key", lambda: {Explicit(): 1})
attempt("hash EqAndHash", lambda: hash(EqAndHash()))
attempt("set dedupe", lambda: len({EqAndHash(), EqAndHash()}))
attempt("hash list", lambda: hash([]))
attempt("hash dict", lambda: hash({}))
attempt("hash tuple w/ list", lambda: hash((1, [2])))
attempt("isinstance Hashable-ish", lambda: EqOnly.__hash__ is None)


class HashBig:
    def __hash__(self):
        return 2 ** 100


class HashStr:
    def __hash__(self):
        return "x"


attempt("hash big int", lambda: hash(HashBig()) == hash(2 ** 100))
attempt("hash str ret", lambda: hash(HashStr()))


class Bag:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items

    def __iter__(self):
        raise AssertionError("not used")


b = Bag([1, 2])
attempt("in", lambda: 2 in b)
attempt("not in", lambda: 3 not in b)


class RetInt:
    def __contains__(self, x):
        return 5


attempt("contains coerces", lambda: 1 in RetInt())


class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])


class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


attempt("in via iter", lambda: (2 in IterOnly(), 5 in IterOnly()))
attempt("in via getitem", lambda: (20 in GetItemOnly(), 25 in GetItemOnly()))
attempt("in non-container", lambda: 1 in 5)
attempt("str in", lambda: 1 in "abc")


class Defaults(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return key * 2


d = Defaults(a=1)
attempt("missing", lambda: d["xy"])
attempt("present", lambda: d["a"])
attempt("get bypasses missing", lambda: d.get("zz"))
attempt("contains", lambda: "xy" in d)


class Hint:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n

    def __iter__(self):
        return iter(range(3))


import operator
attempt("length_hint", lambda: operator.length_hint(Hint(10)))
attempt("length_hint default", lambda: operator.length_hint(object(), 4))
attempt("length_hint len", lambda: operator.length_hint([1, 2]))
attempt("list from hinted", lambda: list(Hint(100)))
attempt("bad hint", lambda: operator.length_hint(Hint(-1)))
attempt("bad hint type", lambda: operator.length_hint(Hint("a")))
