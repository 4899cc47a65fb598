import random

r = random.Random(12345)
print([r.uniform(1, 10) for _ in range(4)])
print([r.uniform(5, -5) for _ in range(2)])
print([r.triangular() for _ in range(3)])
print([r.triangular(0, 10, 8) for _ in range(3)])
print([r.triangular(3, 3) for _ in range(2)])
print([r.gauss() for _ in range(5)])
print([r.gauss(100, 15) for _ in range(3)])
print([r.normalvariate(0, 1) for _ in range(5)])
print([r.normalvariate(mu=10, sigma=2) for _ in range(2)])
print([r.lognormvariate(0, 0.5) for _ in range(3)])
print([r.expovariate(1.5) for _ in range(4)])
print([r.gammavariate(2.5, 2.0) for _ in range(4)])
print([r.gammavariate(1.0, 3.0) for _ in range(2)])
print([r.gammavariate(0.5, 1.0) for _ in range(4)])
print([r.betavariate(2, 5) for _ in range(4)])
print([r.paretovariate(3) for _ in range(3)])
print([r.weibullvariate(1, 1.5) for _ in range(3)])
print([r.vonmisesvariate(1.0, 4.0) for _ in range(3)])
print([r.vonmisesvariate(0.0, 0.0) for _ in range(2)])

# the module-level functions share one hidden generator
random.seed(99)
print(random.gauss(), random.gauss(), random.normalvariate(), random.expovariate(2))
random.seed(99)
g = random.gauss()
st = random.getstate()
print(st[2] is not None, st[0])
g2 = random.gauss()
random.setstate(st)
print(random.gauss() == g2)

# Monte Carlo estimate of pi
r = random.Random(0)
inside = 0
n = 20000
for _ in range(n):
    x, y = r.random(), r.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(4 * inside / n)

# mean of many uniform draws
r = random.Random(5)
vals = [r.uniform(0, 1) for _ in range(10000)]
print(round(sum(vals) / len(vals), 10), min(vals), max(vals))
