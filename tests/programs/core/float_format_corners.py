# float repr and formatting corner cases
for x in [1e22, 1e16, 1e15, 123456789012345678.0, 1e-7, 1e-4, 0.0001, 1e-5,
          0.1 * 3, 1 / 3, 2 / 3, 100.0, 1.5e300 * 1e10, -0.0, 5e-324, 1.7976931348623157e308]:
    print(repr(x), str(x))
for x in [0.0, 1.0, 0.0001, 0.00001, 123456.0, 1234567.0, 1e100, 3.14159, -2.5e-10]:
    print("%g|%G|%.3g|%e|%.2E|%f|%.0f|%#g" % (x, x, x, x, x, x, x, x))
for x in [0.5, 1.5, 2.5, 1234.5678, -0.000123]:
    print("{:e}|{:.0e}|{:g}|{:.1f}|{:10.3f}|{:<10.2g}|{:+.2%}|{:n}".format(x, x, x, x, x, x, x, x))
print("{:.3}|{:.10}|{:}".format(3.14159, 1/3, 2.0))
print(format(1e16, ""), format(1e16, "g"), format(1e16, ".17g"), format(12345678.9, ","))
print(format(1234567.125, "_.2f"), format(-0.0, "f"), format(-0.0, "+g"), format(0.0, " e"))
print("%.15g %.17g %r" % (0.1, 0.1, 0.1))
print("%5.1f|%-8.3e|%08.2f|%+08.2f" % (3.14159, 31415.9, -3.14159, 3.14159))
inf, nan = float("inf"), float("nan")
print("%f %e %g %F %E %G" % (inf, -inf, nan, inf, nan, -inf))
print("{:f} {:08.2f} {:e} {:%}".format(inf, -inf, nan, inf))
print(str(1e300 * 1e300), repr(-1e300 * 1e300), float("-nan"))
print(1e5, 1e6, 1e15 + 0.5, 1e16 + 1, 2.0 ** 60, 2 ** 0.5)
print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 1.1, 3 * 1.1, 1e-3 * 1e-3)
