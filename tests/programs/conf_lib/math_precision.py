import math
import random

points = [(0, 0), (3, 4), (1.5, 2.25), (-7.1, 0.3), (10.2, 3.7), (1e-5, -7)]
for i in range(len(points) - 1):
    print(points[i], points[i + 1], math.dist(points[i], points[i + 1]))
print([math.hypot(x, y) for x, y in points])
print(math.hypot(1, 2, 3), math.hypot(*range(10)), math.hypot(0.1, 0.2, 0.3))
rng = random.Random(7)
vals = [(rng.uniform(-50, 50), rng.uniform(-50, 50)) for _ in range(8)]
print([math.hypot(a, b) for a, b in vals])
print([math.asinh(x) for x in (0.5, 1.0000001, 2.5, 10.2, 123.456)])
print([math.acosh(x) for x in (1.3, 2.5, 3.7, 10.2, 50.5)])
print([math.atanh(x) for x in (0.1, 0.3, 0.5, 0.9, -0.77)])
print([math.erf(x) for x in (0.1, 0.5, 0.9, 1.3, 2.5, 3.7)])
print([math.erfc(x) for x in (0.1, 0.5, 2.5, 5, 10, 20)])
print([math.gamma(x) for x in (0.1, 0.5, 2.5, 3.7, 10.2, 50.5, 171.5)])
print([math.lgamma(x) for x in (0.1, 0.5, 2.5, 123.456, 1e10, -2.5)])
def normal_cdf(x, mu=0.0, sigma=1.0):
    return 0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2))))
print([normal_cdf(z) for z in (-3, -1.96, -1, 0, 1, 1.96, 3)])
def log_choose(n, k):
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
print(log_choose(1000, 500), math.exp(log_choose(50, 25)), math.comb(50, 25))
