# float conversions and methods
print(float("3.5"), float(" -2 "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float(7), float(True), float(2 ** 70), float(-5))
for s in ["abc", "", "1.2.3", "1e", "0x10", "1_"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
print((3.7).is_integer(), (4.0).is_integer(), (-0.0).is_integer())
print((3.75).as_integer_ratio(), (-0.5).as_integer_ratio(), (1e-3).hex())
print(float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex("-0x1p-2"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(int(2.5e15), int(-1e-9), int(1.9999999999999999))
print(float("  inf "), float("-nan"), float("1" * 25))
print(1.0 == 1, 0.1 + 0.7, 0.1 * 0.7)
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001)
print(3.0 * 1.1, 4.35 * 100, 1.15 * 100, 2.675 * 100)
print(1e23, 1e22 * 10, 9.999999999999999e22, 8.5e-5, 123e100)
print(4.0 // 3, 4.0 % 3, -4.0 // 3, -4.0 % 3, 4.0 % -3)
