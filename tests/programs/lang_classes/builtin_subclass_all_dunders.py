# Every overridable dunder on int/float/str subclasses is honoured by operators and builtins.
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class I(int):
    def __format__(self, spec): return f"I<{spec}>"
    def __repr__(self): return "I-repr"
    def __str__(self): return "I-str"
    def __hash__(self): return 12345
    def __len__(self): return 3
    def __iter__(self): return iter("ab")
    def __getitem__(self, k): return "gi"
    def __contains__(self, k): return True
    def __call__(self): return "called"
    def __bool__(self): return False
    def __abs__(self): return "abs"
    def __index__(self): return 1
    def __float__(self): return 9.5
    def __round__(self, n=None): return "round"
    def __divmod__(self, o): return "divmod"
    def __pow__(self, o, m=None): return "pow"
    def __invert__(self): return "inv"
    def __lshift__(self, o): return "lshift"
    def __and__(self, o): return "and"
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __sub__(self, o): return "sub"
    def __ne__(self, o): return "ne"
    def __le__(self, o): return "le"
    def __ge__(self, o): return "ge"
i = I(7)
show('f"{i}"', lambda: f"{i}")
show('f"{i:>3}"', lambda: f"{i:>3}")
show('format(i, "x")', lambda: format(i, "x"))
show('"{}".format(i)', lambda: "{}".format(i))
show('"%d" % i', lambda: "%d" % i)
show('"%s" % i', lambda: "%s" % i)
show('str(i)', lambda: str(i))
show('repr(i)', lambda: repr(i))
show('hash(i)', lambda: hash(i))
show('len(i)', lambda: len(i))
show('list(i)', lambda: list(i))
show('i[0]', lambda: i[0])
show('1 in i', lambda: 1 in i)
show('i()', lambda: i())
show('bool(i)', lambda: bool(i))
show('abs(i)', lambda: abs(i))
show('list(range(10))[i]', lambda: list(range(10))[i])
show('float(i)', lambda: float(i))
show('round(i)', lambda: round(i))
show('divmod(i, 2)', lambda: divmod(i, 2))
show('i ** 2', lambda: i ** 2)
show('pow(i, 2, 3)', lambda: pow(i, 2, 3))
show('~i', lambda: ~i)
show('i << 1', lambda: i << 1)
show('i & 1', lambda: i & 1)
show('i / 2', lambda: i / 2)
show('i // 2', lambda: i // 2)
show('i % 2', lambda: i % 2)
show('i - 1', lambda: i - 1)
show('i != 1', lambda: i != 1)
show('i <= 1', lambda: i <= 1)
show('i >= 1', lambda: i >= 1)
show('{i: 1}', lambda: {i: 1})
show('int(i)', lambda: int(i))
show('i + 0', lambda: i + 0)
show('-i', lambda: -i)
class F(float):
    def __format__(self, spec): return f"F<{spec}>"
    def __repr__(self): return "F-repr"
    def __str__(self): return "F-str"
    def __hash__(self): return 54321
    def __bool__(self): return False
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
    def __int__(self): return 99
    def __round__(self, n=None): return "round"
    def __truediv__(self, o): return "truediv"
    def __pow__(self, o): return "pow"
    def __lt__(self, o): return "lt"
f = F(2.5)
show('f"{f}"', lambda: f"{f}")
show('f"{f:.1f}"', lambda: f"{f:.1f}")
show('format(f, "")', lambda: format(f, ""))
show('"%s" % f', lambda: "%s" % f)
show('"%r" % f', lambda: "%r" % f)
show('"%.1f" % f', lambda: "%.1f" % f)
show('str(f)', lambda: str(f))
show('repr(f)', lambda: repr(f))
show('[f]', lambda: [f])
show('hash(f)', lambda: hash(f))
show('bool(f)', lambda: bool(f))
show('-f', lambda: -f)
show('abs(f)', lambda: abs(f))
show('int(f)', lambda: int(f))
show('round(f)', lambda: round(f))
show('f / 2', lambda: f / 2)
show('f ** 2', lambda: f ** 2)
show('f < 1', lambda: f < 1)
show('float(f)', lambda: float(f))
show('f + 0', lambda: f + 0)
import math

show("math.floor(f)", lambda: math.floor(f))
show("math.sqrt(F(4.0))", lambda: math.sqrt(F(4.0)))
class S(str):
    def __format__(self, spec): return f"S<{spec}>"
    def __hash__(self): return 1
    def __eq__(self, o): return "S.eq"
    def __lt__(self, o): return "S.lt"
    def __add__(self, o): return "S.add"
    def __mul__(self, o): return "S.mul"
    def __mod__(self, o): return "S.mod"
s = S("x")
show('f"{s}"', lambda: f"{s}")
show('f"{s:>4}"', lambda: f"{s:>4}")
show('format(s, "")', lambda: format(s, ""))
show('s == "x"', lambda: s == "x")
show('s < "y"', lambda: s < "y")
show('s + "y"', lambda: s + "y")
show('s * 2', lambda: s * 2)
show('s % 1', lambda: s % 1)
show('hash(s)', lambda: hash(s))
show('{s: 1}', lambda: {s: 1})
