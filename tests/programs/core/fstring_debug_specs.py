# f-string '=' debugging, conversions and nested format specs
width, prec = 10, 3
pi = 3.14159265
name = "gilpy"
items = ["a", "bb", "ccc"]
print(f"{pi=}")
print(f"{pi=:.2f}")
print(f"{pi = :>{width}.{prec}f}")
print(f"{name=!r:>12}")
print(f"{name.upper()=}")
print(f"{len(items)=}, {items[-1]=}")
print(f"{width * prec = }")
print(f"{pi:{width}.{prec}}|{pi:<{width}.{prec}e}|{pi:^{width}.1%}|")
for w in range(4, 9, 2):
    print(f"[{name:{'*'}^{w}}]")
fill, align = "-", ">"
print(f"[{42:{fill}{align}{width}}]")
print(f"{'nested ' + f'{1 + 1}'}")
print(f"{{literal}} {{{name}}}")
print(f"{3 + 4=}, {7 // 2 = }, {2 ** 10 =:,}")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1:]=}")
print(f"{name!s:>8}|{name!a}|{'é'!a}|{'é'!r}")
vals = [1.5, 22.25, 333.125]
w = max(len(f"{v:.2f}") for v in vals)
for v in vals:
    print(f"{v:>{w}.2f}")
x = 255
print(f"{x=:#x} {x=:08b} {x=:o}")
print(f"{x if x > 100 else 0=}")
print(f"{(lambda q: q * 2)(21)=}")
print(f"{'abc'[::-1]=}", f"{ {'a': 1}['a'] = }")
print(f"result: {sum(i for i in range(5))}")
print(f"""{name
}""")
