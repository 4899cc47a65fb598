import statistics as st

scores = {"ann": [88, 92, 79, 95], "bob": [72, 65, 80], "cy": [90, 90, 91, 89, 100], "dee": [55]}
print(f"{'name':<5}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}")
for name, s in sorted(scores.items()):
    sd = st.stdev(s) if len(s) > 1 else float("nan")
    print(f"{name:<5}{len(s):>3}{st.mean(s):>8.2f}{st.median(s):>8}{sd:>8.3f}")
allv = [v for s in scores.values() for v in s]
print(st.mean(allv), st.median(allv), st.mode(allv), st.pstdev(allv), st.variance(allv))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.multimode("aabbc"), st.fmean([1, 2, 3, 4.5]))
print(st.quantiles(allv, n=4), st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
print(st.mean([1, 2]), type(st.mean([1, 2])).__name__, st.mean([1.0, 2]), st.median([3, 1, 2]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.correlation([1, 2, 3], [2, 4, 7]) if hasattr(st, "correlation") else "")
print(st.linear_regression([1, 2, 3], [2, 4, 6.5]))
hist = {}
for v in allv:
    hist[v // 10 * 10] = hist.get(v // 10 * 10, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:>3}-{bucket + 9:<3} {'*' * hist[bucket]}")
