from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(tax))
print(Decimal("1.10") + Decimal("2.20"), Decimal(0.1), Decimal("3.000").normalize(), Decimal("1e3"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), ROUND_DOWN))
print(Decimal(10) / Decimal(3), Decimal(1) / Decimal(8), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") * 1)
getcontext().prec = 28
print(Decimal("0.1") * 3 == Decimal("0.3"), float(Decimal("2.5")), int(Decimal("-2.9")), round(Decimal("2.5")), round(Decimal("2.567"), 2))
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.5'):.0%}", Decimal("5").sqrt() if False else "", Decimal("NaN").is_nan())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("1.50")]), max(Decimal("1"), Decimal("1.0")))

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
