# comprehension variables do not leak; the first iterable is evaluated in the enclosing scope
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
s = {x * 2 for x in "ab"}
print(x, sorted(s))
d = {x: i for i, x in enumerate("pq")}
print(x, d)
g = (x for x in [1, 2])
print(x, list(g))
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        scaled = [v * factor for v in vals for factor in vals[:1]]
    except NameError as e:
        scaled = str(e)
print(C.doubled, C.scaled)
def f():
    n = 10
    return [n + k for k in range(2)], [[n * j for j in range(k)] for k in range(3)]
print(f())
y = 5
res = [(y, z) for y in range(2) for z in range(y, 3)]
print(y, res)
print([v for v in range(10) if (w := v * 2) > 12 or False], w)
def outer():
    items = [lambda: k for k in range(3)]
    return [fn() for fn in items]
print(outer())
print([[r * c for c in range(3)] for r in range(3)])
print(list(map(lambda t: t, (q for q in "ab"))), [k for k, in [(1,), (2,)]])
nested = [[1, 2], [3], []]
print([e for row in nested for e in row], [e for row in nested if row for e in row if e > 1])
try:
    [u for u in range(3) if undefined_name]
except NameError as e:
    print(type(e).__name__, e)
