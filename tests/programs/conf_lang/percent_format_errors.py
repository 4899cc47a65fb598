cases = [
    ("%d", ("x",)),
    ("%s %s", ("one",)),
    ("%s", ("a", "b")),
    ("%z", (1,)),
    ("%(k)s", ("tuple",)),
    ("%c", ("ab",)),
    ("%c", (65,)),
    ("%.2s|%5.3s|%-4d|%+d|% d", ("abcdef", "xyz123", 7, 3, 4)),
    ("%x|%#x|%#o|%e|%g|%G", (255, 255, 8, 0.00001234, 1e20, 1e-10)),
    ("%i %u", (3.9, -2)),
    ("%f", ("1.0",)),
    ("%*d|%-*d", (5, 42, 4, 7)),
    ("%r %a", ("é", "é")),
    ("%%d", ()),
    ("%s", ([1, 2],)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("%s" % "single", "%s" % (("tup",),), "%d%%" % 50)
print(b"%s-%d" % (b"a", 2), b"%x" % 255)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
