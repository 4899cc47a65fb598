# Evaluation order: calls, assignments, subscripts, dict displays, augmented assignment, comparisons.
log = []


def t(label, value=None):
    log.append(label)
    return label if value is None else value


def show(title):
    print(title, log)
    log.clear()


def f(*a, **k):
    return a, k


f(t("a"), t("b"), k=t("c"), *[t("d")], **{t("e"): t("v")})
show("call args:")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
store = {}
store[t("key")] = t("value")
show("subscript assign:")
x = [0, 0]
x[t("idx", 0)], x[t("idx2", 1)] = t("rhs1"), t("rhs2")
show("tuple assign:")


class Obj:
    def __init__(self):
        self.v = 0


o = Obj()
t("target", o).v += t("inc", 1)
show("aug attr:")
lst = [1, 2]
t("list", lst)[t("i", 0)] += t("add", 10)
show("aug subscript:")
print(lst)
r = t("left", 1) + t("right", 2) * t("mul", 3)
show("binop:")
r = t("base", 2) ** t("exp", 3)
show("pow:")
t("a", 1) < t("b", 2) < t("c", 3)
show("chain:")
t("a", 0) and t("b", 1)
t("c", 1) or t("d", 1)
show("bool ops:")
v = t("cond", True) and t("then", 1) if t("test", False) else t("else", 2)
show("ternary:")
[t(f"elem{i}") for i in range(2)]
show("listcomp:")
{t("sk"): t("sv") for _ in range(1)}
show("dictcomp key before value:")
a = b = t("chained")
show("chained assign:")
t("obj", o).__setattr__(t("name", "w"), t("val", 5))
show("method call:")
print(f"{t('f1')}{t('f2')}")
show("fstring:")
s = t("seq", [1, 2, 3])[t("start", 0):t("stop", 2)]
show("slice:")


def default_order(a=t("def1"), *, b=t("def2")):
    pass


show("defaults:")


@t("deco1", lambda fn: fn)
@t("deco2", lambda fn: fn)
def decorated():
    pass


show("decorators:")


class K(t("base", object), metaclass=t("meta", type)):
    t("body")


show("class:")
with open(__file__) as fh:
    pass
print(fh.closed)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
arr2 = [10, 20, 30]
j = 0
arr2[j], j = 99, 2
print(j, arr2)
