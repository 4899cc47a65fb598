# math module constants
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.inf == float("inf"))
print(math.isnan(math.nan), math.nan == math.nan, math.inf > 10 ** 400)
print(round(math.pi, 5), f"{math.e:.10f}", "%.3f" % math.tau)
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.cos(math.pi), math.sin(math.pi / 2), math.sin(math.pi))
print(math.log(math.e ** 2), math.exp(math.log(10)))
print(math.ceil(math.pi), math.floor(math.e), int(math.tau))
print(math.dist((0, 0), (3, 4)), math.dist((1, 1, 1), (2, 2, 2)))
print(sorted(n for n in ["pi", "e", "tau", "inf", "nan"] if hasattr(math, n)))
