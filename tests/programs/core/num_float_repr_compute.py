# float repr of computed values
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1 / 3, 2 / 3, 10 / 4, 7 / 7)
print(1.1 * 1.1, 3 * 1.1, 0.1 + 0.7, 100 * 1.1, 1e22, 1e16, 1e15 + 0.3)
print(2 ** 0.5, 10 ** -3, 2.0 ** 60, 2.0 ** 53 + 1, 1.0 / 2 ** 10)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
temps_c = [-40, 0, 37, 100, 21.5]
print([c * 9 / 5 + 32 for c in temps_c])
print([round((f - 32) * 5 / 9, 2) for f in (98.6, 212, 0, 451)])
vals = [3.7, 1.2, 9.9, 4.4]
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(mean, var, var ** 0.5)
print(float("1e500"), -float("1e500"), float("0.1"), float("-0.0"), 5e-324, 1.7976931348623157e308)
print(1e-5, 1e-4, 0.0001234, 123456789012345678.0, 1.5e300 * 1e10)
print(3.0, 3.0 * 2, 9.0 / 3, 2 ** -1, 7 // 2.0, 7 % 2.5, -7 % 2.5, divmod(7.5, 2))
print(float(2 ** 63), int(1e18), int(2.5e20), float(123))
print(repr(1 / 7), str(1 / 7), [1 / 7], (0.5,), {0.25: 1.75})
x = 1.0
steps = 0
while 1.0 + x != 1.0:
    x /= 2
    steps += 1
print(steps, x)
print(sum([0.1] * 10), 0.1 * 10, 3.14159 * 2 ** 2)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (4.0).is_integer(), (0.375).hex())
