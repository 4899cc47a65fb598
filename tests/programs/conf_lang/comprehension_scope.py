x = "outer"
lst = [x for x in range(3)]
print(x, lst)

class C:
    base = 10
    items = [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)
    first = [base for _ in range(1)] if False else None
print(C.items, C.err)

class D:
    base = 3
    vals = [i * 2 for i in range(base)]
print(D.vals)

print({k: v for k, v in zip("abc", range(3))})
print({n % 3 for n in range(10)})
print([(a, b) for a in range(3) for b in range(a)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
g = (n * n for n in range(4))
print(next(g), list(g))
print([[j for j in range(i)] for i in range(4)])
total = 0
result = [total := total + n for n in range(5)]
print(result, total)
print([w for w in "a b c".split() if (u := w.upper()) != "B"], u)
print(sum(1 for _ in range(7)), max((len(s) for s in ["aa", "b", "cccc"]), default=0))
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
def f():
    n = 2
    return [m * n for m in range(3)]
print(f())
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
