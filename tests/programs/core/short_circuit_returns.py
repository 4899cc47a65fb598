# `and` / `or` / `not` return operand values and short-circuit
def t(label, v):
    print("eval", label)
    return v
print(repr(t("a", 0) or t("b", "") or t("c", [])))
print(repr(t("a", 1) and t("b", "x") and t("c", None)))
print(repr(t("a", []) and t("b", 1)))
print(repr(t("a", "s") or t("b", 1)))
print(repr(t("a", 0) and t("b", 1) or t("c", 2)))
print(repr(t("a", 1) or t("b", 0) and t("c", 2)))
print(repr(not t("a", [])), repr(not t("b", [0])))
print(repr(None or 0.0), repr(0j or ()), repr({} and 5))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self):
        return "B(%r)" % self.v
print(B(False) or B(True))
print(B(True) and B(False))
print(not B(True))
x = B(False) or 7
print(x)
r = [t(i, i) for i in range(4) if t("c%d" % i, i % 2) and t("d%d" % i, i > 1)]
print(r)
print(1 if B(True) else 2)
while B(False) or t("w", 0):
    pass
print("done")
