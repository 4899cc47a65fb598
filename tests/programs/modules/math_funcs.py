# math module functions
import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.trunc(-3.7), math.fabs(-3), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6))
print(math.pow(2, 10), math.exp(0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.75))
print(math.isqrt(99), math.isqrt(10 ** 30), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.frexp(8.0), math.ldexp(0.5, 4))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.floor(10 ** 20 + 0.5) if False else math.floor(1e20))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.acos, 2), (math.exp, 1000)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
print(math.floor(True), math.ceil(5), math.trunc(2 ** 70 + 0.0) == 2 ** 70)
