# printf-style % formatting with tuples, dicts and odd operands
print("%s-%s" % (1, 2), "%s" % ((1, 2),), "%s" % [1, 2], "%r" % ({"a": 1},))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30.9})
print("%(x)s %(x)r %(y)05.1f" % {"x": "v", "y": 3.14159})
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%#x|%#o|%e|%g|%G" % ("ab", "cd", 42, 5, 5, 255, 255, 255, 8, 12345.678, 0.00001234, 1e20))
print("%c%c" % (65, "B"), "%%", "%.3s" % "abcdef", "%*d" % (6, 42), "%-*d|" % (4, 7), "%.*f" % (2, 3.14159))
print("%d %i %u" % (3.9, -2.5, 7), "%s" % None, "%s %s" % (True, False), "%d" % True)
print("%a" % "caf\u00e9", "%r" % "caf\u00e9", "%10.4f|" % -3.14159, "%-10.2e|" % 1234.5)
print("no args" % (), "%s" % "only", "%s" % {"d": 1}, "%(a)s" % {"a": "k", "b": 2})
print(b"%s %d %x" % (b"bytes", 10, 255), b"%c" % 65)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", (1,)), ("%z", 1), ("%c", 1114112), ("%(missing)s", {"k": 1}), ("%d", None), ("%c", "ab"), ("%", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.25), "%i" % 10 ** 20, "%x" % -255, "%o" % -8)
print("%s" % 1.0, "%r" % 1e16, "%f" % float("inf"), "%5.1f" % float("nan"), "%e" % 0)
