# f-strings: conversions and simple expressions
name = "World"
n = 42
s = "it's"
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }")
print(f"{name!r}", f"{name!s}", f"{'é'!a}", f"{s!r}")
print(f"{[1, 'a']}", f"{ {'k': 1} }", f"{(1, 2)}")
print(f"{{literal}}", f"{{{n}}}", f"a{{b")
print(f"{name.upper()} {name[0]} {len(name)}")
print(f"{'nested quotes'}", f'{"double"}', f"""{"triple"}""")
print(f"{n if n > 10 else 0}", f"{(lambda x: x * 2)(3)}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{items[-1]}")
d = {"key": "val"}
print(f"{d['key']}", f"{d}")
print(f"{3.0}", f"{1e16}", f"{-0.0}", f"{None}", f"{True}")
print(f"multi" f"ple {n}" "plain")
x = 10
print(f"{x:>{5}}|", f"{x!r:>6}|")
print(rf"raw\n{x}", fr"\t{x}")
print(f"{'a' + 'b'}", f"{3 + 4}")
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
    def __format__(self, spec):
        return "fmt-P[" + spec + "]"
p = P()
print(f"{p}", f"{p!s}", f"{p!r}", f"{p:xyz}")
