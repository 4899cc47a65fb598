# printf-style % formatting
print("%s and %s" % ("a", "b"))
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %10.3f| %-10.1f| %e %.3E" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012))
print("%g %g %g %G" % (0.0001, 1e-5, 123456789, 1e20))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%c%c" % (72, "i"))
print("%r %s %a" % ("q", "q", "é"))
print("%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%d" % True, "%s" % None, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s" % 10 ** 20, "%d" % -(10 ** 20), "%x" % 2 ** 70)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", (1,)), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s %d %x" % (b"bytes", 5, 255))
print("%-6s|%6s|" % ("ab", "cd"))
print("%.2f%%" % 45.678)
