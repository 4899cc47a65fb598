# format() builtin
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">4"), format(255, "X"))
print(format(1234567, ","), format(0.5, "%"), format(1e-7, "g"), format(12, ""), format(1.0))
print(format(True), format(None), format([1, 2]), format("s", "s"), format(3, "n"))
print(format(-1.5, "+.3e"), format(10, "b"), format(10, "#o"), format(65, "c"))
print(format(2 ** 70, ","), format(-(2 ** 70), "x"), format(1e300, ".3g"))
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print(format(Fmt(), "abc"), format(Fmt()), f"{Fmt():q}")
class NoFmt:
    pass
try:
    format(NoFmt(), "x")
except TypeError as e:
    print(type(e).__name__, e)
for v, spec in [(1, "s"), ("s", "d"), (1.5, "x"), (1, ".2s"), (1, "=^"), (1, "xx"), (1, ",d,")]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(type(e).__name__, e)
class BadFmt:
    def __format__(self, spec):
        return 5
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
print(format(0.1, ".17f"), format(2.5, ".0f"), format(-0.0, "f"), format(float("nan"), "+f"))
