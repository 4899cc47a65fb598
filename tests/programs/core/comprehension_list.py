# list comprehensions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(30) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([[r * c for c in range(3)] for r in range(3)])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
x = "outer"
print([x for x in "ab"], x)
print([i for row in [[1, 2], [3], []] for i in row])
print([len(w) for w in "the quick brown".split()])
print([(i, c) for i, c in enumerate("xyz")])
n = 3
print([n * i for i in range(n)])
print([f(2) for f in [lambda v: v + 1, lambda v: v * 10]])
print([y for y in [z * 2 for z in range(4)] if y])
try:
    print([1 / d for d in [1, 2, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([i for i in range(5)][::-1], [])
def f():
    k = 10
    return [k + i for i in range(3)]
print(f())
print([[] for _ in range(2)], [a + b for a, b in [(1, 2), (3, 4)]])
