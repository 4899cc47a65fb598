# %-formatting and str.format edge cases with objects, dicts and errors.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class R:
    def __repr__(self):
        return "R()"

    def __str__(self):
        return "r-str"


attempt("basic", lambda: "%s %r %a %d %i %5.2f %-5s| %05d %x %X %o %e %g %c %%" % (
    R(), R(), "é", 3, 4.9, 2.5, "ab", 42, 255, 255, 8, 12345.678, 0.00001, 65))
attempt("dict", lambda: "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
attempt("star width", lambda: "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
attempt("single", lambda: "%s" % "x")
attempt("tuple arg", lambda: "%s" % ((1, 2),))
attempt("list arg", lambda: "%s" % [1, 2])
attempt("too few", lambda: "%s %s" % ("a",))
attempt("too many", lambda: "%s" % ("a", "b"))
attempt("bad type d", lambda: "%d" % "x")
attempt("bad char", lambda: "%y" % 1)
attempt("incomplete", lambda: "abc %" % ())
attempt("c range", lambda: "%c" % 0x110000)
attempt("c str", lambda: "%c" % "ab")
attempt("dict needed", lambda: "%(a)s" % (1,))
attempt("float for d", lambda: "%d %x" % (3.7, 10))
attempt("float for x", lambda: "%x" % 3.7)
attempt("bytes", lambda: b"%s %d" % (b"hi", 5))
attempt("flags", lambda: "%+d % d %#x %#o" % (5, 5, 255, 8))
attempt("big", lambda: "%d" % 2 ** 70)
attempt("unused dict", lambda: "plain" % {"a": 1})
attempt("unused tuple", lambda: "plain" % ())
attempt("unused nonempty", lambda: "plain" % (1,))

attempt("fmt positional", lambda: "{} {} {}".format(1, "a", R()))
attempt("fmt indices", lambda: "{1} {0} {1}".format("a", "b"))
attempt("fmt kw", lambda: "{x} {y!r}".format(x=1, y="s"))
attempt("fmt attr/item", lambda: "{0.real} {1[0]} {2[k]}".format(3 + 4j, [9], {"k": "v"}))
attempt("fmt conv", lambda: "{0!s} {0!r} {0!a}".format("ü"))
attempt("fmt nested spec", lambda: "{:{w}.{p}f}".format(3.14159, w=8, p=2))
attempt("fmt mix auto/manual", lambda: "{} {0}".format(1))
attempt("fmt missing index", lambda: "{5}".format(1))
attempt("fmt missing kw", lambda: "{zz}".format())
attempt("fmt unmatched", lambda: "{".format())
attempt("fmt single }", lambda: "}".format())
attempt("fmt escaped", lambda: "{{}} {{{0}}}".format(7))
attempt("fmt bad conv", lambda: "{!x}".format(1))
attempt("fmt bad spec", lambda: "{:d}".format("s"))
attempt("fmt map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))


class Missing(dict):
    def __missing__(self, k):
        return f"<{k}>"


attempt("format_map missing", lambda: "{a} {zz}".format_map(Missing(a=1)))
attempt("fmt str index key", lambda: "{0[key]}".format({"key": 1}))
attempt("fmt neg index", lambda: "{0[-1]}".format([1, 2]))
attempt("format builtin", lambda: (format(3.5, ".0f"), format(4.5, ".0f"), format("s", "^5")))
attempt("format int spec errors", lambda: format(5, ".2d"))
attempt("format comma str", lambda: format("abc", ","))
attempt("fmt sign for str", lambda: format("abc", "+"))
attempt("fmt = align str", lambda: format("abc", "=5"))
