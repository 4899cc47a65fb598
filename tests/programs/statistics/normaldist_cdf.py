# cdf() and overlap() go through math.erf, so these need an erf matching CPython's bit for bit.
from statistics import NormalDist

d = NormalDist(10, 3)
print(d.cdf(12), d.cdf(10), d.cdf(-5), NormalDist().cdf(1.96))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
print(NormalDist(1, 2).overlap(NormalDist(1, 2)), NormalDist(0, 1).overlap(NormalDist(0, 3)))
iq = NormalDist(100, 15)
print(f"{iq.cdf(130) - iq.cdf(70):.6f}", f"{1 - iq.cdf(145):.8f}")
print([round(iq.cdf(x), 10) for x in range(55, 150, 15)])
