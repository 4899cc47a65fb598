# Comprehension scoping in class bodies, globals, nested comprehensions, iteration var leaks.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


x = "global-x"


class A:
    x = "class-x"
    y = [x for _ in range(1)]
    z = [x for x in range(2)]
    w = (lambda: x)()
    first_iter = [v for v in [x]]


print(A.y, A.z, A.w, A.first_iter)


class B:
    n = 3
    try:
        squares = [i * n for i in range(2)]
    except NameError as e:
        err = str(e)
    ok = [i * i for i in range(n)]


print(B.err, B.ok)


def func():
    i = "outer-i"
    result = [i for i in range(3)]
    return i, result


print(func())
for j in range(3):
    pass
print("loop var leaks:", j)
[k for k in range(3)]
attempt("comp var does not leak", lambda: k)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([c for row in matrix for c in row if c % 2])
print({r: [c for c in range(r)] for r in range(3)})
print({v % 3 for v in range(10)})


def gen_scope():
    values = [1, 2]
    return [lambda: v for v in values]


print([f() for f in gen_scope()])
counter = 0


def glob():
    global counter
    counter += 1
    return [counter for _ in range(2)]


print(glob(), counter)


class C:
    data = {"a": 1, "b": 2}
    keys = list(data)
    inverted = {v: k for k, v in data.items()}


print(C.keys, C.inverted)


def nested_fn():
    base = 10

    class Inner:
        vals = [base + i for i in range(2)]
    return Inner.vals


print(nested_fn())
print(list(map(lambda t: t[0], [(i, j) for i in range(2) for j in "ab"])))
