# generator expressions: first iterable bound eagerly, the rest lazily
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [100]
print(list(g))
ys = [1, 2]
g = (y for y in ys)
ys.append(3)
print(list(g))
factor = 2
g = (i * factor for i in range(3))
factor = 5
print(list(g))
rows = [[1, 2], [3]]
g = (a + b for a in rows[0] for b in extra)
extra = [10, 20]
print(list(g))
try:
    g = (z for z in undefined_name)
except NameError as e:
    print("NameError at creation", e)
g = (u for u in range(3) if u != skip)
skip = 1
print(list(g))
def make():
    out = []
    for k in range(3):
        out.append(j + k for j in range(2))
    return [list(gen) for gen in out]
print(make())
def closure_gen():
    n = 1
    gen = (n * i for i in range(3))
    n = 7
    return list(gen)
print(closure_gen())
g = (x for x in [1, 2, 3])
print(next(g), list(g), list(g))
print(sum(x * x for x in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(list(zip((c for c in "abc"), (n for n in range(10)))))
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__, iter(gen) is gen)
nested = ((i, j) for i in range(2) for j in range(i, 2))
print(list(nested))
