# repr of floats: shortest round trip
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 1/3, 2/3, 100.0, 1e16, 1e15,
        123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e100,
        5e-324, 1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 1, 9007199254740993.0,
        12345.678, 0.30000000000000004, 1e300 * 10, 3.14159, 2.5, 1e-310]
for v in vals:
    print(repr(v), str(v))
print(-0.0, 0.0, -0.0 == 0.0)
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("nan")), repr(-float("inf")))
print(1e16, 1e15, 9999999999999998.0, 1e16 + 2)
print(0.1 * 3, 1.1 * 1.1, 1 / 10)
print(float(10 ** 16), float(10 ** 15), float(2 ** 63))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(123.456, -1), round(123.456, 1), round(1e16, 2))
print(str(1e-7), str(123e-9), str(1234567.0))
print(f"{1e16}", f"{0.1:.20f}", f"{1e16:.0f}")
print([1.0, 2.5, -0.0], (0.1,))
