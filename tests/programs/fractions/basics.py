from fractions import Fraction as F
import math

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# construction
for args in [(), (3,), (6, 4), (-6, 4), (6, -4), (0, 5), (True,), (F(1, 2), F(1, 3)), (2 ** 100, 3 ** 50)]:
    t(args, lambda: F(*args))
for s in ["3/4", " 3/4 ", "-1.5e-3", "1_000/3", "1.", ".5", "-.5e1", "1e5", "1E-2", "  -7  ", "\t1/3\n",
          "1.5_5", "1e1_0", "0.125", "+2", "-0", "3.14159", "1e-20"]:
    t(repr(s), lambda: F(s))
for s in ["abc", "1 / 2", "1/ 3", "1 /3", "+3/-4", "3/+4", "1__0", "_1", "", "-", "1. 5", ".e1", "1/2/3", "0x10", "1.5/2", "inf", "nan"]:
    t(repr(s), lambda: F(s))
for x in [0.5, 0.1, -0.0, 2.5e-5, 1e100, 3.0]:
    t(x, lambda: F(x))
t("nan", lambda: F(float("nan")))
t("inf", lambda: F(float("inf")))
t("1/0", lambda: F(1, 0))
t("'1/0'", lambda: F("1/0"))
t("-3/0", lambda: F(-3, 0))
t("float,int", lambda: F(1.5, 2))
t("list", lambda: F([1]))
t("from_float", lambda: F.from_float(0.1))
t("from_float int", lambda: F.from_float(7))
t("from_float str", lambda: F.from_float("x"))
t("from_decimal float", lambda: F.from_decimal(1.5))
t("from_decimal int", lambda: F.from_decimal(4))

# attributes and conversions
x = F(-22, 7)
print(x, repr(x), x.numerator, x.denominator, x.as_integer_ratio(), float(x), int(x))
print(math.floor(x), math.ceil(x), math.trunc(x), round(x), round(x, 2), round(x, -1), abs(x), -x, +x)
print(str(F(6, 3)), str(F(-6, 4)), bool(F(0)), bool(F(1, 9)), x.real, x.imag, x.conjugate())
print([round(F(n, 2)) for n in range(-7, 8)])
print(round(F(15), -1), round(F(25), -1), round(F(1, 3), 3), round(F(-7, 2), 0))
print(complex(F(1, 4)))

# limit_denominator
pi = F("3.1415926535897932")
for m in [1, 7, 10, 100, 1000, 10 ** 6]:
    print(m, pi.limit_denominator(m))
print(F(3.14159).limit_denominator(100), F(0.1).limit_denominator(), F(1, 2).limit_denominator(1))
print(F(4321, 8765).limit_denominator(10000), F(-22, 7).limit_denominator(5))
t("limit 0", lambda: F(1, 3).limit_denominator(0))

# hashing matches int and float hashes for equal values
for v in [F(1, 2), F(5), F(-1), F(0), F(1, 3), F(-1, 3), F(10 ** 30, 7), F(1, 2 ** 61 - 1), F(3, 2 ** 61 - 1)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), hash(F(-5, 4)) == hash(-1.25))
d = {F(1, 2): "half", 3: "three"}
print(d[0.5], d[F(3)], F(6, 2) in d)
print(len({F(1, 2), 0.5, F(2, 4), F(1), 1, 1.0}))
