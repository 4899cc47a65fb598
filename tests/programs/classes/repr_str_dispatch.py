# str falls back to repr, never the reverse; containers use repr of elements
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
for o in [OnlyRepr(), Both()]:
    print(str(o), repr(o), "%s|%r" % (o, o), "{}|{!r}|{!s}".format(o, o, o), f"{o}|{o!r}")
s = OnlyStr()
print(str(s), repr(s).startswith("<__main__.OnlyStr object at 0x"))
print([OnlyRepr(), Both()], (Both(),), {"k": Both()}, {1: OnlyRepr()})
print(str([OnlyStr()]).startswith("[<__main__.OnlyStr object"))
class Fmt:
    def __format__(self, spec):
        return "fmt(" + spec + ")"
    def __str__(self):
        return "Fmt-str"
print(format(Fmt()), format(Fmt(), "x>5"), f"{Fmt():abc}", "{:q}".format(Fmt()), "%s" % Fmt())
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "StrSub!"
ss = StrSub("raw")
print(ss, str(ss), repr(ss), [ss], "%s" % ss, ss + "!", f"{ss}")
class IntSub(int):
    def __repr__(self):
        return "IntSub(%d)" % int(self)
print(IntSub(5), repr(IntSub(5)), [IntSub(3)], f"{IntSub(7)}", "%d" % IntSub(8), str(IntSub(9)))
class ReprBoth:
    def __repr__(self):
        return "R"
print(object.__str__(ReprBoth()), object.__repr__(ReprBoth()).startswith("<__main__.ReprBoth"))
class Default:
    pass
print(format(Default(), "").startswith("<__main__.Default"))
try:
    format(Default(), "x")
except TypeError as e:
    print(type(e).__name__, e)
