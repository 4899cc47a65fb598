# Assignment expressions in comprehensions, conditions, and scoping rules.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)

results = [y for x in data if (y := x * 2) > 4]
print(results, y)


def in_function():
    total = 0
    partial = [total := total + v for v in range(5)]
    return partial, total


print(in_function())


def last_match(words):
    if any((hit := w).startswith("b") for w in words):
        return hit
    return None


print(last_match(["apple", "banana", "blue"]), last_match(["x"]))

values = iter([3, 2, 1, 0, 5])
seen = []
while (v := next(values)) != 0:
    seen.append(v)
print(seen)
print([(q := i, q ** 2) for i in range(3)], q)
print({(k := c): k.upper() for c in "ab"}, k)

stuff = [[1, 2], [3], []]
print([len(s) for s in stuff if (ln := len(s))], ln)
print((z := 5) + z, z)
print(f"{(w := 10)} {w}")


class C:
    vals = [1, 2]
    try:
        exec("r = [(t := v) for v in vals]")
    except SyntaxError as e:
        msg = str(e)


print(getattr(C, "msg", "no error"))

for src in ["[i := 0 for i in range(3)]", "[x for x in (y := [1])]",
            "(a.b := 1)", "x := 1", "[[(j := j) for i in range(2)] for j in range(2)]",
            "def f(): (lambda: (nl := 1))"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print([(lambda: (inner := 3))(), ] )
print(sum(w for w in range(4)), w)
