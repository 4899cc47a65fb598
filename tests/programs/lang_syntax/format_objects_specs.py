# Formatting objects through format()/f-strings/str.format/% with specs, conversions and error paths.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
s = S()
attempt("format str", lambda: (format(s), f"{s}", f"{s!r}", "{}".format(s), "%s %r" % (s, s)))
attempt("format spec on obj", lambda: f"{s:>10}")
attempt("format spec obj empty", lambda: format(s, ""))
attempt("f= nested", lambda: f"{s=}")
attempt("f= spacing", lambda: f"{ s = }")
attempt("f= with conv", lambda: f"{s=!s}")
attempt("f= with spec", lambda: f"{3.14159=:.2f}")
x = 5
attempt("f-string expr with dict", lambda: f"{ {'a': x}['a'] }")
attempt("f-string lambda", lambda: f"{(lambda y: y * 2)(x)}")
attempt("f-string backslash outside expr", lambda: f"\t{x}\n")
attempt("f-string comma tuple", lambda: f"{x, x}")
attempt("f-string walrus", lambda: f"{(y := 10)}")
attempt("f-string format of bool", lambda: (f"{True:d}", f"{True:>5}", format(True, "")))
attempt("format int as float spec", lambda: f"{5:.2f}")
attempt("format float as int spec", lambda: f"{5.0:d}")
attempt("format str with precision", lambda: f"{'abcdef':.3}")
attempt("format none", lambda: f"{None:>6}")
attempt("format list spec", lambda: f"{[1]:>6}")
attempt("format complex", lambda: f"{1+2j:.1f}")
attempt("format thousands", lambda: f"{1234567.891:,.2f} {1234567:_x}")
attempt("format n", lambda: f"{1234567:n}")
attempt("format %", lambda: f"{0.5:.0%}")
attempt("format z", lambda: f"{-0.0:z.1f}")
attempt("format #", lambda: f"{10:#b} {10.0:#.0f} {10:#X}")
attempt("str.format attr error", lambda: "{0.nope}".format(1))
attempt("str.format index error", lambda: "{0[5]}".format([1]))
attempt("format width from arg", lambda: "{:{}}".format("x", 5))
attempt("format nested too deep", lambda: "{:{:{}}}".format(1, 2, 3))
attempt("%-format with dict and *", lambda: "%(a)*d" % {"a": 1})
attempt("%r of str subclass", lambda: "%r" % type("Q", (str,), {})("v"))
attempt("%s of tuple", lambda: "%s" % (1,))
attempt("%.3s", lambda: "%.3s" % "abcdef")
attempt("%5.1f%%", lambda: "%5.1f%%" % 12.345)
attempt("%e big", lambda: "%e" % 10**20)
attempt("%g", lambda: "%g %g %g" % (1e-5, 123456789, 0.0001))
attempt("%i with float", lambda: "%i" % 3.99)
attempt("%o negative", lambda: "%o %x" % (-8, -255))
attempt("%c int", lambda: "%c%c" % (72, "i"))
attempt("%a", lambda: "%a" % "é")
attempt("%s bytes", lambda: "%s" % b"x")
attempt("bytes %s str", lambda: b"%s" % "x")
attempt("bytes %b", lambda: b"%b %a" % (b"x", "é"))
for src in ["f'{\"\\n\"}'", "f'{x!r=}'", "f'{x:{y:{z}}}'", "f'{#}'", "f'{lambda x: 1}'", "f'{yield}'"]:
    try:
        compile(src, "<f>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError", src, e.msg)
