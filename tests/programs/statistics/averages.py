import statistics as st
from statistics import StatisticsError
from fractions import Fraction

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

grades = [88, 92, 79, 93, 85, 79, 100, 67, 85, 79]
print("mean", st.mean(grades), "fmean", st.fmean(grades))
print("median", st.median(grades), st.median_low(grades), st.median_high(grades))
print("mode", st.mode(grades), "multimode", st.multimode(grades))
print("stdev", st.stdev(grades), "pstdev", st.pstdev(grades))
print("variance", st.variance(grades), "pvariance", st.pvariance(grades))
print("quartiles", st.quantiles(grades), st.quantiles(grades, method="inclusive"))
print("deciles", st.quantiles(grades, n=10))
print("median_grouped", st.median_grouped(grades), st.median_grouped([1, 2, 2, 3, 4]),
      st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print("harmonic", st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]))
print("geometric", st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 8]))
print("fmean weights", st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))

print(st.mode(["red", "blue", "blue", "red", "green"]), st.mode("aabbbbccddddeeffffgg"))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([1]))
print(st.mode([1.5, 2.5, 1.5]), st.mode([(1, 2), (3, 4), (1, 2)]))
print(st.median(["b", "a", "c"]), st.median_low(["d", "a", "c", "b"]), st.median_high(["d", "a", "c", "b"]))
print(st.median([1, 3, 5, 7]), st.median([1.5, 2.5]), st.median([Fraction(1, 2), Fraction(3, 4)]))
print(st.median(iter([5, 3, 1])), st.mean(iter([1, 2])), st.mean(range(10)), st.mean(x * x for x in range(5)))
print(st.harmonic_mean([1, 0]), st.harmonic_mean([5]), st.harmonic_mean([Fraction(1, 2), Fraction(1, 4)]))
print(st.quantiles([1, 2], n=1), st.quantiles(range(1, 101), n=4), st.quantiles([1.0, 5.0, 10.0], n=3))
print(st.quantiles([Fraction(1), Fraction(2), Fraction(4)], n=4))

t("mean []", lambda: st.mean([]))
t("fmean []", lambda: st.fmean([]))
t("fmean gen", lambda: st.fmean(x for x in []))
t("fmean len", lambda: st.fmean([1, 2], [1]))
t("fmean w0", lambda: st.fmean([1, 2], [1, -1]))
t("variance [1]", lambda: st.variance([1]))
t("pvariance []", lambda: st.pvariance([]))
t("stdev [1]", lambda: st.stdev([1]))
t("pstdev []", lambda: st.pstdev([]))
t("median []", lambda: st.median([]))
t("median_low []", lambda: st.median_low([]))
t("median_high []", lambda: st.median_high([]))
t("median_grouped []", lambda: st.median_grouped([]))
t("median_grouped str", lambda: st.median_grouped(["a", "b"]))
t("mode []", lambda: st.mode([]))
t("mode unhashable", lambda: st.mode([[1], [1]]))
t("quantiles [1]", lambda: st.quantiles([1]))
t("quantiles n=0", lambda: st.quantiles([1, 2], n=0))
t("quantiles method", lambda: st.quantiles([1, 2], method="x"))
t("harmonic []", lambda: st.harmonic_mean([]))
t("harmonic neg", lambda: st.harmonic_mean([-1]))
t("harmonic neg2", lambda: st.harmonic_mean([1, -1]))
t("harmonic str", lambda: st.harmonic_mean(["a"]))
t("harmonic weights", lambda: st.harmonic_mean([1, 2], weights=[1]))
t("harmonic negw", lambda: st.harmonic_mean([1, 2], weights=[1, -1]))
t("geometric []", lambda: st.geometric_mean([]))
t("geometric neg", lambda: st.geometric_mean([1, -1]))
t("geometric zero", lambda: st.geometric_mean([0, 1]))
t("mean str", lambda: st.mean(["a"]))
t("mean mixed", lambda: st.mean([1, "a"]))
t("variance str", lambda: st.variance(["a", "b"]))

e = StatisticsError("custom")
print(isinstance(e, ValueError), StatisticsError.__mro__[1].__name__, str(e))
try:
    st.mean([])
except ValueError as err:
    print("caught as ValueError:", err)
print(repr(st.median_grouped([1])), repr(st.median_grouped([3, 3])), st.median_grouped([52, 52, 53, 54], interval=2))
t("median_grouped interval", lambda: st.median_grouped([1, 2], interval="a"))
t("median_grouped lists", lambda: st.median_grouped([[1], [2]]))
