# zip/map over generators of different lengths: who gets advanced and when
def gen(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i
    print("  %s exhausted" % name)
print(list(zip(gen("a", 3), gen("b", 1))))
print(list(zip(gen("a", 1), gen("b", 3))))
print(list(map(lambda x, y: x + y, gen("a", 2), gen("b", 4))))
a = gen("shared", 5)
print(list(zip(a, a)))
it = iter(range(7))
print(list(zip(it, it, it)), list(it))
print(list(zip()), list(zip([1, 2])), list(map(str, [])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1, 2], "ab", strict=True)))
z = zip(gen("x", 2), gen("y", 2))
print(next(z))
print(next(z))
try:
    next(z)
except StopIteration:
    print("zip done")
m = map(pow, [2, 3, 4], [5, 2])
print(list(m))
print(list(map(lambda *a: a, "ab", "cde", "f")))
