# lambda expressions
sq = lambda x: x * x
print(sq(5), sq(-3), (lambda: 42)())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
va = lambda *a, **k: (a, k)
print(va(1, 2, z=3))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print(list(filter(lambda n: n % 2, range(10))))
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(sq.__name__, (lambda: 0).__name__)
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(5), cond(0), cond(-5))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
