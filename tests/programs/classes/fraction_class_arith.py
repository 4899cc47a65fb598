# a hand-written Fraction class: normalization, arithmetic, comparison, conversion
class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator cannot be zero")
        if den < 0:
            num, den = -num, -den
        g = Frac._gcd(abs(num), den)
        self.num, self.den = num // g, den // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    @classmethod
    def from_str(cls, s):
        if "/" in s:
            n, d = s.split("/")
            return cls(int(n), int(d))
        return cls(int(s))
    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else None
    def __add__(self, o):
        o = Frac._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Frac._coerce(o) - self
    def __mul__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Frac._coerce(o) / self
    def __pow__(self, n):
        return Frac(self.num ** n, self.den ** n) if n >= 0 else Frac(self.den ** -n, self.num ** -n)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __eq__(self, o):
        o = Frac._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

a, b = Frac(1, 2), Frac(3, 4)
print(a + b, a - b, a * b, a / b, b ** 2, a ** -3, -a)
print(a + 1, 1 + a, 2 - a, 3 * b, 1 / b, Frac(6, -8), repr(Frac(10, 5)))
print(a < b, b <= a, a == Frac(2, 4), a == 0.5, Frac(4, 2) == 2, sorted([b, a, Frac(-1, 3)]))
print(float(b), int(Frac(7, 2)), int(Frac(-7, 2)), Frac.from_str("12/16"), Frac.from_str("5"))
h = Frac(0)
for n in range(1, 11):
    h += Frac(1, n)
print("H10 =", h, f"{float(h):.6f}")
print(sum([Frac(1, 2 ** k) for k in range(1, 11)]), max(a, b, Frac(2, 3)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
