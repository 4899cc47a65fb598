# exceptions are compared by identity, and can live in containers
a = ValueError("x")
b = ValueError("x")
print(a == a, a == b, a != b, a.args == b.args)
errors = [ValueError("v"), KeyError("k"), TypeError("t")]
print([type(e).__name__ for e in errors], [str(e) for e in errors])
by_type = {}
for e in errors + [ValueError("v2")]:
    by_type.setdefault(type(e).__name__, []).append(str(e))
print(by_type)
print(isinstance(errors[1], LookupError), errors[1] in errors, KeyError("k") in errors)
def collect(funcs):
    out = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            out.append(e)
    return out
caught = collect([lambda: 1 / 0, lambda: [][1], lambda: None, lambda: int("z")])
print(len(caught), [type(e).__name__ for e in caught])
print(hash(a) == hash(a), len({a, b, a}))
print(repr(ValueError("x")) == repr(ValueError("x")), str(KeyError()) == "")
