# f-strings: !r !s !a, = debugging, nested specs, escapes, format spec mini-language.
class P:
    def __repr__(self):
        return "P<é>"

    def __str__(self):
        return "p-str"

    def __format__(self, spec):
        return f"fmt[{spec}]"


p = P()
name = "Zoë"
width, prec = 10, 3
val = 3.14159265
print(f"{p} {p!s} {p!r} {p!a} {p:xyz} {p!r:>8}")
print(f"{name!a} {name!r} {name!s:^9}|")
print(f"{val:{width}.{prec}f}|{val:<{width}}|{val:{'+'}.2e}")
print(f"{val=}", f"{val = :.2f}", f"{name=!a}", f"{p=}", f"{1+1=}")
print(f"{'nested ' + f'{name:>6}'}")
print(f"{{literal}} {{{width}}}")
print(f"{3:03d} {-3:03d} {255:#x} {255:#o} {5:#b} {1234567:,} {1234567:_} {0.25:%}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|{42:=+8}")
print(f"{12345.6789:,.2f} {1e20:g} {1.5e-7:g} {0.0001:.2g} {100:e}")
print(f"{True} {None!r} {[1, 'a']} {(1,)!s} {dict(a=1)}")
print(f"{'a' if val > 3 else 'b'} {(lambda x: x * 2)(4)} {[i for i in range(3)]}")
items = {"k": [10, 20]}
print(f"{items['k'][1]} {items!r}")
print(f"{len(name):d} chars, upper {name.upper()}")
print(f"line1\nline2\t|")
print(rf"raw \n {name}", fR"{name}\t")
print(f"{'multi'}" f"{'ple'}" "plain" f"{1}")
print(f"""{
    val
    :.1f}""")
print(f"{val!r:>20}")
print(f"{10:{'>'}{width}}|")
print(f"{-0.0:+.1f} {float('inf'):f} {float('nan'):5}")
print(f"{1_000:>{width},}|")
print(f"{'%s' % 'percent'} {'{}'.format('fmt')}")
for bad in ["f'{}'", "f'{!r}'", "f'{x!z}'", "f'{'", "f'}'"]:
    try:
        compile(bad, "<f>", "eval")
        print("compiled", bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    f"{val:q}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{p!r:d}"
except ValueError as e:
    print("ValueError", e)
