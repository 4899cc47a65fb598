from fractions import Fraction
f = Fraction(3, 4) + Fraction(1, 6)
print(f, repr(f), f.numerator, f.denominator, float(f))
print(Fraction("0.125"), Fraction(0.5), Fraction(6, -8), Fraction(1, 3) * 3, Fraction(1, 3) ** 2, Fraction(2, 3) ** -1)
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(1, 3) < 0.34)
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(1.1).limit_denominator(100), Fraction(355, 113) - 3)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Fraction(1, 2) == 0.5, Fraction(1, 2) + 1, 1 - Fraction(1, 3), Fraction(1, 2) + 0.25, hash(Fraction(1, 2)) == hash(0.5))

class Money:
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def parse(cls, s):
        s = s.strip().lstrip("$")
        d, _, c = s.partition(".")
        return cls(int(d) * 100 + int((c + "00")[:2]))
    def __add__(self, o):
        return Money(self.cents + o.cents)
    def split(self, n):
        q, r = divmod(self.cents, n)
        return [Money(q + (1 if i < r else 0)) for i in range(n)]
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"
m = Money.parse("$1234.5") + Money.parse("0.07")
print(m, m.split(3), Money(-250), Money.parse("10"))
