# set methods and their error messages
def attempt(label, fn):
    try:
        r = fn()
        print(label, sorted(r) if isinstance(r, (set, frozenset)) else r)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)
s = {1, 2, 3}
attempt("remove missing", lambda: s.remove(9))
attempt("remove tuple", lambda: s.remove((1, 2)))
attempt("discard missing", lambda: s.discard(9))
attempt("pop empty", lambda: set().pop())
attempt("add list", lambda: s.add([1]))
attempt("union list", lambda: s.union([4, 5], (6,)))
attempt("or list", lambda: s | [4])
attempt("sub", lambda: s - {1})
attempt("issubset", lambda: s.issubset(range(10)))
attempt("isdisjoint", lambda: s.isdisjoint("abc"))
attempt("symmetric", lambda: s ^ {3, 4})
attempt("frozenset add", lambda: frozenset(s).add(4))
attempt("set of lists", lambda: set([[1], [2]]))
attempt("in unhashable", lambda: [1] in s)
attempt("update many", lambda: (s.update([7], {8}), s)[1])
attempt("intersection_update", lambda: (s.intersection_update(range(5)), s)[1])
attempt("lt", lambda: {1} < s)
attempt("remove frozenset key", lambda: {frozenset({1})}.remove({1}))
attempt("cmp list", lambda: s < [1])
print(sorted(s))
