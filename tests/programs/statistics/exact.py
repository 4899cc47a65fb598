# Results for float data must be bit-identical to CPython's (exact internal arithmetic).
import random
import statistics as st
from fractions import Fraction

rng = random.Random(2024)
datasets = [
    [rng.random() for _ in range(7)],
    [rng.uniform(-1e6, 1e6) for _ in range(25)],
    [rng.gauss(100, 15) for _ in range(50)],
    [rng.expovariate(0.1) for _ in range(13)],
    [1e100, 1.0, -1e100, 3.0],
    [0.1] * 10,
    [1e-300, 2e-300, 3e-300],
    [rng.randint(-1000, 1000) for _ in range(30)],
    [rng.randint(1, 10) / 4 for _ in range(11)],
]
for data in datasets:
    print(repr(st.mean(data)), repr(st.fmean(data)))
    print(repr(st.variance(data)), repr(st.pvariance(data)))
    print(repr(st.stdev(data)), repr(st.pstdev(data)))
    print(repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)))
    print(st.quantiles(data), st.quantiles(data, n=10, method="inclusive")[:3])
    pos = [abs(x) + 1 for x in data]
    print(repr(st.harmonic_mean(pos)), repr(st.geometric_mean(pos)))

# integer data keeps int results when exact
print(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4]))
print(st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(repr(st.stdev([1, 2, 3, 4, 5])), repr(st.pstdev([1, 2, 3, 4, 5])))
print(st.mean([True, False, True]), st.mean([True, True]), st.median([3, 1, 2]), st.median([4, 1, 2, 3]))

# fractions stay fractions
fr = [Fraction(1, 3), Fraction(1, 2), Fraction(5, 6), Fraction(2)]
print(st.mean(fr), st.variance(fr), st.pvariance(fr), st.median(fr), repr(st.stdev(fr)))
print(st.mean([Fraction(1, 2), 2]), st.mean([Fraction(1, 2), 0.25]), st.harmonic_mean(fr))
print(st.variance([1, 2, 3], 2), st.pvariance([1.5, 2.5], 2), repr(st.pstdev([1, 2, 3], 2)))
print(st.variance([Fraction(1, 2), Fraction(3, 2)], Fraction(1)))

# order of float data does not change the result
data = [rng.uniform(-1, 1) * 10 ** rng.randint(-10, 10) for _ in range(40)]
shuffled = data[:]
rng.shuffle(shuffled)
print(st.mean(data) == st.mean(shuffled), st.variance(data) == st.variance(shuffled))
print(repr(st.mean(data)), repr(st.stdev(data)))

# special float values
inf = float("inf")
print(st.mean([1, inf]), st.mean([inf, -inf]), st.variance([1, inf]), st.fmean([1, inf]))
for f in (st.stdev, st.pstdev):
    try:
        print(f([1.0, inf]))
    except AttributeError as e:
        print("AttributeError", e)

# sqrt of exact variance is correctly rounded
for n in range(2, 12):
    print(n, repr(st.stdev(range(n))), repr(st.pstdev(range(n))))
print(repr(st.stdev([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3])), repr(st.pstdev([1e300, -1e300])))
