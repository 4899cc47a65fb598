# integer formatting: format specs, %-formatting, bases, grouping
n = 1234567
for spec in ["", "d", ",", "_", "_x", "_b", "#x", "#X", "#o", "#b", "+d", " d", "010d", "<10", ">10", "^10",
             "*^11,", "=+12,", "012,", "e", ".2e", "g", ".3g", "%", "c", "n", "08.3f", "#012x"]:
    try:
        print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != "c" else "")
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print("%d %i %u %5d %-5d| %05d %+d % d" % (42, 42, 42, 42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o %08x %-#8o|" % (255, 255, 255, 255, 8, 8, 255, 8))
print("%c%c %s %r %.2d %.5d %3.2d" % (65, "b", 10, 10, 5, -5, 7))
print("%(a)s and %(b)05d" % {"a": "x", "b": 3}, "%%", "%s%%" % 50)
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(format(0, "#b"), format(0, "#x"), format(-0, "+"), format(10**20, ","), format(-255, "#x"))
print(bin(-10), oct(-10), hex(-10), bin(0), hex(2**64))
print(f"{12:{'>'}{8}}", f"{255:#0{10}x}", f"{3:03}", f"{-3:03}", f"{3:+03}")
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", 1114112), ("%(k)s", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
for spec in ["s", ",s", "=s", ".2s"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % "q", "%a" % "é", "%5s|%-5s|" % ("ab", "cd"))
