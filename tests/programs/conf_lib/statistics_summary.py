import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.mode(data))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data))
print(st.median([1, 3, 5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.multimode("aabbbbccddddeeffffgg"), st.mode(["a", "b", "a"]))
print(st.mean([1.5, 2.5, 3.5]), st.mean([Fraction(1, 2), Fraction(3, 4)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(st.quantiles(range(1, 101), n=10, method="inclusive"))
print(st.variance([1, 2, 3, 4], xbar=2.5))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y))
print(st.linear_regression(x, y))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError", e)
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, round(n.cdf(115), 6), round(n.inv_cdf(0.5), 6))
print(st.NormalDist.from_samples([1, 2, 3, 4]))
print(st.mean([True, False, True]), st.pstdev([1.0, 1.0]))
