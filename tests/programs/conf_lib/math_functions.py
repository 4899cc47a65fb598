import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(17), math.factorial(20))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5))
print(math.floor(3), type(math.floor(3.7)).__name__)
print(math.log(100, 10), math.log10(1000), math.log2(8), math.log(math.e), math.log1p(0))
print(math.exp(1), math.expm1(0), math.pow(2, 10), 2 ** 0.5)
print(math.sin(math.pi / 2), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0))
print(math.ulp(1.0), math.nextafter(1.0, 2.0))
print(math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt")
print(math.gamma(5), math.lgamma(1), math.erf(0), math.erfc(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.isqrt(-4), lambda: math.exp(1000), lambda: math.comb(3, -1), lambda: math.sqrt("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.floor(1e300), math.ceil(-0.5))
print(math.trunc(1e20), int(math.inf) if False else "skip")
