# __repr__ and __str__
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Both(" + repr(self.v) + ")"
    def __str__(self):
        return "Both with " + str(self.v)
class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"
class StrOnly:
    def __str__(self):
        return "str-only"
b = Both("x")
print(b)
print(str(b), repr(b), [b], (b,), {"k": b})
print(f"{b} {b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
r = ReprOnly()
print(r, str(r), [r], f"{r}")
s = StrOnly()
print(s, str(s), format(s))
print(repr(s).startswith("<__main__.StrOnly object at "))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Both):
    pass
print(Sub(3), repr(Sub([1])))
class Nested:
    def __repr__(self):
        return "N[" + ", ".join(repr(c) for c in self.children) + "]"
    def __init__(self, *c):
        self.children = c
print(Nested(Nested(), Nested(Nested()), 5))
class UniRepr:
    def __repr__(self):
        return "é"
print(repr(UniRepr()), ascii(UniRepr()), ascii([UniRepr()]))
