# Binary/reflected/in-place operators, NotImplemented, subclass priority.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"V({self.v})"

    def __add__(self, other):
        print("  V.__add__")
        if isinstance(other, (int, V)):
            return V(self.v + (other.v if isinstance(other, V) else other))
        return NotImplemented

    def __radd__(self, other):
        print("  V.__radd__")
        if isinstance(other, int):
            return V(other + self.v)
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented

    def __matmul__(self, other):
        return ("matmul", self.v, other)

    def __rmatmul__(self, other):
        return ("rmatmul", other, self.v)

    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)

    def __rpow__(self, other):
        return ("rpow", other, self.v)

    def __lshift__(self, other):
        return ("lshift", other)

    def __rfloordiv__(self, other):
        return ("rfloordiv", other)

    def __rtruediv__(self, other):
        return ("rtruediv", other)

    def __rmod__(self, other):
        return ("rmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


class W(V):
    def __radd__(self, other):
        print("  W.__radd__")
        return "W wins"


attempt("V+1", lambda: V(1) + 1)
attempt("1+V", lambda: 1 + V(2))
attempt("V+V", lambda: V(1) + V(2))
attempt("V+str", lambda: V(1) + "s")
attempt("str+V", lambda: "s" + V(1))
attempt("V+W subclass first", lambda: V(1) + W(2))
attempt("V*2", lambda: V(1) * 2)
attempt("2*V", lambda: 2 * V(1))
attempt("V@3", lambda: V(1) @ 3)
attempt("3@V", lambda: 3 @ V(1))
attempt("V**2", lambda: V(2) ** 2)
attempt("pow3", lambda: pow(V(2), 3, 5))
attempt("2**V", lambda: 2 ** V(3))
attempt("3-arg rpow", lambda: pow(2, V(3), 5))
attempt("V<<1", lambda: V(1) << 1)
attempt("1<<V", lambda: 1 << V(1))
attempt("7//V", lambda: 7 // V(1))
attempt("7/V", lambda: 7 / V(1))
attempt("7%V", lambda: 7 % V(1))
attempt("divmod", lambda: divmod(7, V(1)))
attempt("V-1", lambda: V(1) - 1)
attempt("V&1", lambda: V(1) & 1)
attempt("1|V", lambda: 1 | V(1))
attempt("V^V", lambda: V(1) ^ V(2))
attempt("None+1", lambda: None + 1)
attempt("[]+()", lambda: [] + ())
attempt("list*float", lambda: [1] * 1.5)


class I:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("  __iadd__")
        self.v += other
        return self

    def __isub__(self, other):
        return NotImplemented

    def __sub__(self, other):
        print("  __sub__ fallback")
        return I(self.v - other)

    def __imul__(self, other):
        print("  __imul__ returns None")


x = I(1)
y = x
x += 5
print(x is y, x.v)
x -= 1
print(x is y, x.v)
x *= 3
print(x)
z = V(1)
z += 1
print(z)
lst = [1]
alias = lst
lst += (2, 3)
print(alias, lst is alias)
t = (1,)
tt = t
t += (2,)
print(t, tt)
try:
    lst2 = [1]
    lst2 + (2,)
except TypeError as e:
    print("TypeError", e)
s = V(1)
try:
    s -= 1
except TypeError as e:
    print("TypeError", e)
try:
    s @= 1
    print(s)
except TypeError as e:
    print("TypeError", e)
