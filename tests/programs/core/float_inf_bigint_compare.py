# comparisons between floats (inf, nan, large) and big ints
inf = float("inf")
nan = float("nan")
huge = 10 ** 400
print(inf > huge, -inf < -huge, huge < inf, inf == huge, huge != inf)
print(nan == huge, nan < huge, nan > huge, nan != huge, huge == nan)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(2 ** 53 + 1 < 2.0 ** 53 + 2, float(2 ** 53 + 1) == 2.0 ** 53)
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 10 ** 16 == 1e16)
print(1e308 < 10 ** 309, 1.7976931348623157e308 == 2 ** 1024 - 2 ** 970, 2 ** 1024 > 1.7976931348623157e308)
print(0.5 < 1, -0.5 > -1, 0.0 == 0, -0.0 == 0, 0.1 == 1 / 10)
print(max(huge, inf) == inf, min(-huge, -inf), sorted([huge, 1.5, -inf, 3, -huge])[0])
try:
    float(huge)
except OverflowError as e:
    print("OverflowError", e)
try:
    huge / 3
except OverflowError as e:
    print("OverflowError", e)
print(huge // 10 ** 399, huge / 10 ** 399, (huge + 1) % 7)
try:
    huge * 1.0
except OverflowError as e:
    print("OverflowError", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
print(inf - inf != inf - inf, inf * 0, 1 / inf, -1 / inf, inf % 3 if False else "skip")
print(math_free := [x == x for x in (nan, inf, 1)])
print(nan in [nan], [nan] == [nan], (lambda n: [n] == [n])(nan))
print(hash(inf), hash(-inf), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2))
