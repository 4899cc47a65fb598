# inf, nan, -0.0 behaviour
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10)
z = -0.0
print(z, -z, z + 0.0, z * -1, abs(z))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1))
print(1 / inf, -1 / inf)
for s in ["inf", "-Infinity", "NaN", "+inf", "infinity"]:
    print(s, float(s))
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1.0 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(max(1.0, inf), min(-inf, 0))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
