# assignment expressions (:=)
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print("v", v)
print("stopped at", v)
def f():
    if (m := 3) and (k := m + 1):
        return m, k
print(f())
print((a := 1, b := 2), a, b)
total = 0
vals = [(total := total + i) for i in range(5)]
print(vals, total)
s = "hello world"
if (idx := s.find("o")) != -1:
    print("found at", idx)
def g(lst):
    return [r for item in lst if (r := item.strip())]
print(g([" a ", "  ", "b"]))
print(any((hit := w).startswith("q") for w in ["xa", "qb", "qc"]), hit)
z = (w := 5) * 2
print(z, w)
print((lambda: (q := 7) + q)())
