# f-string corner cases: braces, conversions, nested specs, debug form, quotes
x, name, pi = 42, "Ada", 3.14159
print(f"{{}} {{{x}}} {x!r:>5} {name!r:^9}|{name!s:<6}|{name!a}")
print(f"{x=}", f"{x = }", f"{name=!s}", f"{pi=:.2f}", f"{x*2=}", f"{name.upper()=}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{pi:<{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{'nested ' + f'{x}' + ' inner'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda: 'lam')()}")
print(f"{x:#x} {x:b} {x:08.3f} {-x:+} {x:,} {1234567:_}", f"{1e-5:g}", f"{0.5:.0%}")
print(f"{None!r} {True:5} {b'x'!r} {3+4j} {3+4j:.1f}")
print(f"""multi
{x}
line""")
print(f"{'a' 'b'}", f"{x if x > 0 else -x}", f"{x, name}", f"{(x, name)!r}")
print(f"{'{'}" + f"{'}'}", f"{chr(123)}", len(f"{'':5}"), f"{'':-^3}")
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
    def __repr__(self):
        return "Fmt()"
print(f"{Fmt()}", f"{Fmt():spec}", f"{Fmt()!r}", f"{Fmt()!r:>8}", f"{Fmt():{width}}")
d = {"a": 1}
print(f"{d['a']}", f'{d["a"]}', f"{d}")
items = ["x", "y"]
print(f"{', '.join(items)}", f"{len(items)} items", f"{items[-1]!r}")
for bad in ["{x:d}", "{x:,s}"]:
    try:
        print(eval('f"' + bad.replace("x", "name") + '"'))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
print(format(x, ""), "{0}{1}{0}".format("a", "b"), "{a}-{b[0]}-{c.real}".format(a=1, b=[2], c=3))
print("{:{}{}}".format("v", ">", 4), "{0[k]}".format({"k": "dict"}), "{!r:}".format("s"))
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{".format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{5}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
