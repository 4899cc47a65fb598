x = 42
name = "Ada"
pi = 3.14159265
items = [1, 2, 3]
print(f"{x=}", f"{name=}", f"{pi=:.3f}", f"{x = }", f"{items[1]=}", f"{x * 2 + 1=}")
print(f"{name!r:>10}", f"{name=!s}", f"{len(items)=}", f"{'quoted'=}")
d = {"k": "v"}
print(f"{d['k']=}", f"{d=}", f"{pi=:10.2e}|")
print(f"{x:{'>'}{8}}", f"{x:#06x}", f"{x:^#10b}", f"{-x:+05d}", f"{x:,d}", f"{1234.5:_.1f}")
print(f"{'a' 'b'}", f"{{}}", f"{{{x}}}", f"{x!r}{x!s}{x!a}", f"{chr(955)!a}")
print(f"""multi
{x}
line""")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}]", f"[{pi:<{width}.{prec}}]", f"[{name:*^{width}}]")
nums = [3.5, -1.25, 100.0]
print(" | ".join(f"{n:>8.2f}" for n in nums))
print(f"{True:d} {False!s:>6} {None!r} {3+4j} {2e-3:.1e} {float('nan'):f} {float('-inf'):.2f}")
print(f"{0.000012345:.3g} {123456789:.2e} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:.1f} {1e-10:g}")
print(f"{12:n} {1234567.125:.2f} {12.0:g} {12.5:G} {1e16:g} {1.0:.10g} {123.456:.1g}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'':-<8}|")
print(format(0.1, ".20f"), format(1/3, ".15g"), format(2/3, "r") if False else "", format(5, "03"), format(-5, "03"))
print(f"{3:3}|{'3':3}|{3.0:3}|{True:3}|{[1]!s:5}|")
class Money:
    def __format__(self, spec):
        return "$" + format(12.5, spec or ".2f")
m = Money()
print(f"{m}", f"{m:.0f}", "{:8.3f}".format(m), format(m))
try:
    f"{x:invalid}"
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{a}".format(b=1))
except KeyError as e:
    print("KeyError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
