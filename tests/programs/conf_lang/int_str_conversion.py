n = 10 ** 50
print(n, len(str(n)))
print(str(-123), repr(-0), int("-0"), +5, -(-5), ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -16 >> 2)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("-ff", 16))
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(1e20), int(-2.5e-3), float(10 ** 20), 10 ** 20 / 10 ** 10, 2 ** 0.5, (-8) ** (1 / 3))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(abs(-10 ** 30), (10 ** 30).bit_length(), divmod(10 ** 30, 7), 10 ** 30 % -7, -(10 ** 30) // 7)
print(sorted([3, -1, 2.5, True, 0]), sum(range(101)), max(range(5), key=lambda x: -x))
print(isinstance(True, int), bool(0), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None))
print(str(True), repr(False), True == 1, "skip", None == 0)
print(format(1234.5, ","), format(0.1, ".20f"), format(1e-7, ""), format(123, "e"), format(100, "n"), format(-0.0, "+.1f"))
