vals = [0, 1, -1, 7, -7, 2.5, -2.5, 3.5, 0.125, 1e6, 123456.789, -0.0005]
for v in vals:
    print(f"{v!r:>12} {round(v)!r:>8} {round(v, 2)!r:>12} {v:10.3f} {v:+.2e} {v:g}")
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234, -2), round(1250, -2), round(-1350, -2))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** -1, (-2) ** 3, -2 ** 2, (-8) ** (1 / 3), 2 ** 0.5, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(2 ** 100, -(2 ** 70) // 3, 10 ** 20 % 7, 3 ** 40 // 3 ** 38, (10 ** 30 + 1) * 3)
print(f"{1234567.891:,.2f} {1234567:,} {1234567:_} {0.5:%} {0.25:.0%} {42:08.2f} {-42:08d}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#x} {255:#b} {-255:#o} {65:c}")
print(f"{3.14159:10.4}|{'txt':>10}|{'txt':<10}|{'txt':^10}|{12:^+8}|{12:=+8}|")
print(f"{1e-7:f} {1e-7} {1e22:f} {1.5e300 * 1e10} {-1e-320}")
print(format(1234.5, "e"), format(0.000123, ".2g"), format(123456789, ".3g"), format(100, ".3g"), format(1e5, "g"))
print("%d %i %5.2f %-8s| %08.3f %+d %x %X %o %e %E %g %G %%" % (3.9, -4, 2.345, "ab", 3.14159, 5, 255, 255, 8, 0.001, 1e10, 0.00001, 1e20))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%c%c" % (65, "b"), "%.3s" % "abcdef", "%*d" % (5, 42))
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("z", 36), int("1_000"), float(" 1e3 "), float("-inf"))
print(7 / 2, 8 / 2, 1 / 3, 2 / 3, 10 / 3, 1e300 * 10, 0.1 * 3, 1.1 + 2.2, 3 * 1.1)
print(abs(-3.5), abs(-2), int(-3.9), int(3.9), float(2**53 + 1), 2**53 + 1.0, 9007199254740993)
print(divmod(-13, 4), divmod(13.5, -4), -13 // 4.0, -0.0 == 0.0, (-0.0).hex() if hasattr(float, "hex") else "")
print((0.1).as_integer_ratio(), (2.5).is_integer(), (10).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else "")
print(1e15, 1e16, 123456789012345678.0, 0.1 + 0.7, 1/7, 100.0, 1.0e-4, 0.0001234, 12345678.9)
print(round(float("inf")) if False else "skip", round(5.5), round(6.5), round(-6.5), round(0.285, 2), round(1.005, 2))
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("4.5")
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
