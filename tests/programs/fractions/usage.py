from fractions import Fraction

# recipe scaling with exact quantities
recipe = {"flour": Fraction(9, 4), "sugar": Fraction(2, 3), "butter": Fraction(1, 2), "eggs": Fraction(2)}
for factor in (Fraction(1, 2), Fraction(3, 2), 3):
    scaled = {k: v * factor for k, v in recipe.items()}
    print(factor, {k: str(v) for k, v in sorted(scaled.items())})

def mixed(fr):
    whole, rest = divmod(fr, 1)
    if rest == 0:
        return str(whole)
    if whole == 0:
        return str(rest)
    return f"{whole} {rest}"

print([mixed(Fraction(n, 4)) for n in range(0, 11)])
print(f"{Fraction(3, 8)}", f"{Fraction(-5, 1)!r}", "%s" % Fraction(7, 3), format(Fraction(1, 3)))
try:
    print(format(Fraction(1, 3), ".2f"))
except TypeError as e:
    print("TypeError", e)
print(f"{float(Fraction(1, 3)):.4f}", f"{Fraction(22, 7).limit_denominator(3)}")

# probability with exact arithmetic
from itertools import product
dice = list(product(range(1, 7), repeat=2))
p = {s: Fraction(sum(1 for a, b in dice if a + b == s), len(dice)) for s in range(2, 13)}
print(p[7], p[2], sum(p.values()), max(p, key=p.get))
expected = sum(s * q for s, q in p.items())
print(expected, type(expected).__name__)

# exact decimal-string conversions
for text in ["0.1", "0.333", "2.5e-3", "-1.25", "1e3", "7/21"]:
    fr = Fraction(text)
    print(text, fr, fr.numerator, fr.denominator, float(fr))
print(Fraction(0.1) == Fraction("0.1"), Fraction(0.1) - Fraction("0.1"))
print(Fraction(1, 3).limit_denominator(10) == Fraction(1, 3), Fraction(math_pi := 3.141592653589793).limit_denominator(1000))

# Bernoulli numbers via the Akiyama-Tanigawa algorithm
def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]

print([str(bernoulli(n)) for n in range(0, 13)])

# Stern-Brocot / mediants and Farey sequence
def farey(n):
    return sorted({Fraction(a, b) for b in range(1, n + 1) for a in range(0, b + 1)})

print(" ".join(map(str, farey(5))))
print(len(farey(12)))
print(sorted([Fraction(2, 3), Fraction(3, 5), 0.6, Fraction(5, 8), 1]))
print(Fraction(10 ** 20 + 1, 10 ** 20) > 1, Fraction(-1, 10 ** 30) < 0, abs(Fraction(-3, 4)) == Fraction(3, 4))
