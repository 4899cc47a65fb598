import random
import statistics as st
from statistics import NormalDist

d = NormalDist(10, 3)
print(d, repr(d), d.mean, d.median, d.mode, d.stdev, d.variance)
print(NormalDist(), NormalDist(mu=1), NormalDist(sigma=2.5))
print(d.pdf(9.5), d.pdf(10), NormalDist().pdf(0), d.zscore(4), d.zscore(16.5))
print(d.inv_cdf(0.5), d.inv_cdf(0.975), d.inv_cdf(0.025), d.inv_cdf(1e-10), d.inv_cdf(1 - 1e-12))
print(NormalDist().inv_cdf(0.95), NormalDist().inv_cdf(0.99), NormalDist().inv_cdf(1e-300))
print(NormalDist().quantiles(), NormalDist(100, 15).quantiles(10))
rng = random.Random(3)
ps = [rng.random() for _ in range(500)]
print([round(NormalDist().inv_cdf(p), 12) for p in ps[:8]])
print(sum(NormalDist(5, 2).inv_cdf(p) for p in ps))

# arithmetic on distributions
print(d + 5, d - 1, d * -2, d / 4, -d, +d, 5 + d, 10 - d, 3 * d)
print(d + NormalDist(1, 4), d - NormalDist(1, 4))
print(d == NormalDist(10, 3), d == NormalDist(10, 3.5), d == 5, hash(d) == hash(NormalDist(10.0, 3.0)))
print(len({NormalDist(1, 2), NormalDist(1.0, 2.0), NormalDist(2, 1)}))

# fitting and sampling
heights = [1.62, 1.75, 1.81, 1.70, 1.66, 1.79, 1.73, 1.68]
fit = NormalDist.from_samples(heights)
print(fit, fit.mean == st.mean(heights), fit.stdev == st.stdev(heights))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist(100, 15).samples(4, seed=42))
print(NormalDist(0, 1).samples(3, seed="x"))
random.seed(5)
a = NormalDist().samples(3)
random.seed(5)
print(a == [random.gauss(0.0, 1.0) for _ in range(3)])

for f in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1),
          lambda: d.inv_cdf(0), lambda: d.inv_cdf(1.5), lambda: NormalDist(0, 0).inv_cdf(0.5),
          lambda: d.overlap(1), lambda: NormalDist(0, 0).overlap(d), lambda: NormalDist(0, 0).zscore(1),
          lambda: NormalDist.from_samples([1]), lambda: NormalDist("a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
