# dict methods and their error messages
def attempt(label, fn):
    try:
        print(label, fn())
    except (KeyError, TypeError, ValueError, RuntimeError) as e:
        print(label, type(e).__name__ + ":", e)
d = {"a": 1, "b": 2}
attempt("pop missing", lambda: d.pop("zz"))
attempt("pop default", lambda: d.pop("zz", "dflt"))
attempt("pop tuple key", lambda: d.pop((1, 2)))
attempt("getitem int", lambda: d[0])
attempt("popitem empty", lambda: {}.popitem())
attempt("unhashable key", lambda: d[[1]])
attempt("unhashable set", lambda: d.__setitem__({}, 1))
attempt("fromkeys", lambda: dict.fromkeys("ab", 0))
attempt("update bad", lambda: d.update([1, 2]))
attempt("update short", lambda: d.update([("k",)]))
attempt("dict from list", lambda: dict([("x", 1), "yz", [3, 4]]))
attempt("dict bad elem", lambda: dict([("x", 1, 2)]))
attempt("setdefault", lambda: d.setdefault("c", []))
attempt("get", lambda: d.get("q", d.get("a")))
attempt("union", lambda: d | {"a": 9})
attempt("union list", lambda: d | [1])
attempt("keys minus", lambda: sorted(d.keys() - {"a"}))
attempt("items and", lambda: sorted(d.items() & {("a", 1), ("b", 3)}))
attempt("del missing", lambda: d.__delitem__("nope"))
def mutate():
    for k in d:
        d[k + "!"] = 0
attempt("mutate in loop", mutate)
print(d)
