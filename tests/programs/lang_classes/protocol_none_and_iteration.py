# Protocol slots set to None, __getitem__-based iteration in builtins, hash inheritance, iterator types.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
attempt("__iter__ None", lambda: list(NoIter()))
attempt("__iter__ None in", lambda: 1 in NoIter())
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
attempt("__contains__ None", lambda: 1 in NoContains())
class NoReversed:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
attempt("__reversed__ None", lambda: reversed(NoReversed()))
class NoCall:
    __call__ = None
attempt("__call__ None", lambda: NoCall()())
class NoLen:
    __len__ = None
attempt("__len__ None bool", lambda: bool(NoLen()))
class NoHashChild(dict):
    pass
attempt("dict subclass hash", lambda: hash(NoHashChild()))
class HashableList(list):
    def __hash__(self): return 1
attempt("list subclass with hash", lambda: hash(HashableList()))
class EqChild(HashableList):
    def __eq__(self, o): return True
attempt("eq in child resets hash", lambda: hash(EqChild()))
class GetItemIter:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 2
g = GetItemIter()
attempt("iter type", lambda: type(iter(g)).__name__)
attempt("unpack getitem", lambda: (lambda a, b, c: (a, b, c))(*g))
attempt("sorted getitem", lambda: sorted(g, reverse=True))
attempt("enumerate getitem", lambda: list(enumerate(g)))
attempt("dict(getitem seq)", lambda: dict(zip(g, g)))
attempt("max getitem", lambda: max(g))
attempt("in getitem", lambda: 4 in g)
attempt("reversed getitem no len", lambda: reversed(g))
attempt("len getitem", lambda: len(g))
class KeyErrorIter:
    def __getitem__(self, k):
        raise KeyError(k)
attempt("KeyError stops?", lambda: list(KeyErrorIter()))
attempt("iter(callable, sentinel)", lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))
attempt("iter non-callable sentinel", lambda: iter(5, 0))
it = iter([1, 2])
attempt("iterator iter is self", lambda: iter(it) is it)
attempt("list iterator length_hint", lambda: it.__length_hint__())
attempt("next default", lambda: (next(iter([]), "dflt")))
attempt("next non-iterator", lambda: next([1]))
attempt("iter type names", lambda: [type(iter(x)).__name__ for x in ([], (), "", {}, set(), range(1), b"", {}.items(), {}.values(), bytearray())])
