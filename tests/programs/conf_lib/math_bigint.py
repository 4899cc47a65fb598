import math

big = 10 ** 400
print(math.log10(big), math.log2(2 ** 2000), round(math.log(3 ** 1000), 6))
print(math.log(2 ** 3000, 2), math.log(big, 10))
print(math.isqrt(big) == 10 ** 200, math.gcd(big, 10 ** 300 * 7) == 10 ** 300)
print(math.floor(big) == big, math.ceil(big) == big, math.trunc(-big) == -big)
print(math.factorial(25), math.comb(100, 50), math.perm(30, 10))
print(math.prod(range(1, 21)), math.lcm(*range(1, 21)))
for name in ["sqrt", "exp", "fabs", "sin", "isfinite", "atan"]:
    try:
        print(name, getattr(math, name)(big))
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    print(big * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(big / 3)
except OverflowError as e:
    print("OverflowError", e)
print(big // 3 % 1000, (big + 1) % 7, pow(3, big, 1000))
print(math.isclose(2 ** 60, 2 ** 60 + 1), float(2 ** 53 + 1), int(float(2 ** 63)))
