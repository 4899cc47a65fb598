from fractions import Fraction as F
import math

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 - a, a / 0.25, 2.5 // a, 2.5 % a, divmod(7.5, F(2)))
print(a + 1j, 1j * a, a ** 2, a ** -2, b ** 3, b ** -3, a ** 0, F(0) ** 0)
print(F(4) ** F(1, 2), 2 ** F(1, 2), 2 ** F(3), 2 ** F(-2), F(2, 3) ** 2.0, 2.0 ** F(1, 2))
print(F(9, 4) ** F(1, 2), F(1, 3) ** 0.5, (-8) ** F(2))
print(sum([F(1, 3)] * 3), sum(F(1, n) for n in range(1, 11)), math.prod([F(1, 2), F(2, 3), F(3, 4)]))
print(F(7, 2) // F(1, 3), F(7, 2) % F(1, 3), divmod(F(7, 2), 2), F(7, 2) % 1.5, 1 % F(2, 3))
print(F(-7, 2) // 2, F(-7, 2) % 2, divmod(F(-7, 2), F(2, 3)))

t("div0", lambda: F(3, 4) / 0)
t("div0F", lambda: F(3, 4) / F(0))
t("rdiv0", lambda: 5 / F(0))
t("neg div0", lambda: F(-3, 4) / 0)
t("0/0", lambda: F(0) / 0)
t("pow0", lambda: F(0) ** -1)
t("pow0b", lambda: F(0) ** -2)
t("floordiv0", lambda: F(1, 2) // 0)
t("divmod0", lambda: divmod(F(1, 2), F(0)))
t("add str", lambda: F(1, 2) + "a")
t("radd str", lambda: "a" + F(1, 2))
t("mul list", lambda: F(1, 2) * [1])

# comparisons
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, F(2) == 2, F(1, 2) == "1/2")
print(F(1, 3) < F(1, 2) <= F(1, 2), F(1, 2) < 0.6, F(1, 2) > 0, 0 < F(1, 2), F(1, 2) >= F(2, 4))
print(F(1, 2) < float("nan"), F(1, 2) < float("inf"), F(10 ** 400) < 1e308, F(-10 ** 400) < -1e308)
print(F(1, 2) != F(1, 3), F(5) != 5, max(F(1, 3), F(2, 7), 0.3), min([F(5, 2), 2, 2.25]))
print(sorted([F(1, 2), 0.3, 1, F(1, 4), -F(7, 3), True]))
t("lt str", lambda: F(1, 2) < "a")

# exact results where floats drift
x = F(0)
for _ in range(10):
    x += F(1, 10)
print(x, x == 1, sum([0.1] * 10) == 1)
print(F(1, 10) + F(2, 10) == F(3, 10), 0.1 + 0.2 == 0.3)

# harmonic numbers and Egyptian fractions
h = F(0)
for n in range(1, 21):
    h += F(1, n)
print(h, float(h))

def egyptian(fr):
    parts = []
    while fr.numerator:
        d = math.ceil(fr.denominator / fr.numerator)
        d = -(-fr.denominator // fr.numerator)
        parts.append(F(1, d))
        fr -= F(1, d)
    return parts

print(" + ".join(str(p) for p in egyptian(F(7, 15))))
print(" + ".join(str(p) for p in egyptian(F(5, 121))))

# continued fraction of sqrt(2) convergents
conv = [F(1)]
for _ in range(8):
    conv.append(1 + 1 / (1 + conv[-1]))
print(conv)
print([float(c) for c in conv[-3:]])

class MyFrac(F):
    pass
m = MyFrac(3, 6)
print(type(m).__name__, repr(m), type(m + 1).__name__, type(+m).__name__, type(-m).__name__)
import copy
print(copy.copy(F(1, 3)), copy.deepcopy([F(2, 3)]), F(1, 2).__reduce__()[1])
