from fractions import Fraction

a = Fraction(1, 3)
b = Fraction(2, 5)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-b))
print(repr(a), str(Fraction(4, 2)), Fraction(6, -4))
print(Fraction("3/7"), Fraction("0.25"), Fraction(" -1.5 "), Fraction(0.1), Fraction(1.5))
print(Fraction(0.1).limit_denominator(10), Fraction(3.14159).limit_denominator(100))
print(a.numerator, a.denominator, a.as_integer_ratio())
print(a < b, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2)
print(float(a), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(a + 1, 1 + a, a + 0.5, 2 * a, a // Fraction(1, 10), a % Fraction(1, 10))
print(sum(Fraction(1, n) for n in range(1, 6)))
print(Fraction(1, 2) ** -2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2))
print(divmod(Fraction(7, 3), Fraction(1, 2)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3))
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]))
print(Fraction(5, 10).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x/y"), lambda: Fraction(1.5, 2), lambda: Fraction(float("inf"))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
print(egyptian(Fraction(4, 13)))
print(f"{Fraction(1, 3)}", format(float(Fraction(1, 3)), ".4f"))
