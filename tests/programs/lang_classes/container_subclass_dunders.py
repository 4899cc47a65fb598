# Overridden dunders on subclasses of bytes/complex/frozenset/bytearray/list/dict/set/tuple.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def make(base, sample):
    ns = {}
    for name, res in [("__repr__", "R"), ("__str__", "S"), ("__len__", 42), ("__bool__", False),
                      ("__hash__", 77), ("__eq__", "eq"), ("__lt__", "lt"), ("__add__", "add"),
                      ("__mul__", "mul"), ("__contains__", True), ("__neg__", "neg"),
                      ("__format__", "fmt"), ("__iter__", None), ("__getitem__", "gi"),
                      ("__or__", "or"), ("__sub__", "sub"), ("__abs__", "abs"), ("__mod__", "mod")]:
        if name == "__iter__":
            ns[name] = lambda self, *a: iter(["it"])
        elif name == "__format__":
            ns[name] = lambda self, spec: "fmt"
        else:
            ns[name] = (lambda r: lambda self, *a: r)(res)
    cls = type(base.__name__.capitalize() + "Sub", (base,), ns)
    return cls(sample)


for base, sample in [(bytes, b"ab"), (complex, 1 + 2j), (frozenset, {1}), (bytearray, b"ab"),
                     (list, [1]), (dict, {"a": 1}), (set, {1}), (tuple, (1,))]:
    o = make(base, sample)
    print("==", type(o).__name__)
    show("repr", lambda: repr(o))
    show("str", lambda: str(o))
    show("len", lambda: len(o))
    show("bool", lambda: bool(o))
    show("hash", lambda: hash(o))
    show("eq", lambda: o == sample)
    show("lt", lambda: o < sample)
    show("add", lambda: o + sample)
    show("mul", lambda: o * 2)
    show("in", lambda: 99 in o)
    show("neg", lambda: -o)
    show("format", lambda: f"{o}")
    show("list", lambda: list(o))
    show("getitem", lambda: o[0])
    show("or", lambda: o | sample)
    show("sub", lambda: o - sample)
    show("abs", lambda: abs(o))
    show("mod", lambda: o % 1)
