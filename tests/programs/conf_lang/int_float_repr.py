print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, -0.0, 1.0)
print(float("inf"), -float("inf"), float("nan"), float("1e500"), 5e-324, 1.7976931348623157e308)
print(repr(1.1), str(2.50), 3.0 * 1.1, 100.0, 1e22, 1e21 + 1, 12345678.9)
print(int("0x1f", 16), int("0b101", 0), int("  42  "), int("1_000"), int("-7"), int(3.99), int(-3.99))
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("")
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(2 ** 100, -2 ** 63, 10 ** 20 // 3, (-7) // 2, 7 // -2, -7 % 2, 2 ** -1, pow(2, 10, 1000), pow(3, -1, 7))
print(True + True, True * 3, int(True), 5 / 1, 6 // 4.0, 7.5 % 2, -7.5 // 2)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((255).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2, (-5).__abs__(), abs(-2.5), (3.5).is_integer(), (4.0).is_integer())
print((0.5).as_integer_ratio(), (10).as_integer_ratio(), 3.7.hex(), float.fromhex("0x1.8p1"))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(-1.5), round(1e20), f"{2.5:.0f}", f"{3.5:.0f}")
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 10 ** 18 == 1e18, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(divmod(-7, 2), divmod(7.0, 2), max(1, 2.0), min(-0.0, 0.0), sum([0.1] * 10), complex(3, 4).__abs__())
print(int.__name__, float(7), float("  -1.5e3 "), float("-inf"), float("nan") != float("nan"), str(10**25))
print(0o17, 0b1010, 0xFF, 1_000_000, 1e3, 1E-3, .5, 5., 0j, 1.5j * 2j)
print(hex(-255), oct(-8), bin(-5), format(-255, "x"), int("-0o17", 0))
