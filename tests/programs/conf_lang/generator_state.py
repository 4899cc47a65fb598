import inspect

def worker():
    print("state inside:", inspect.getgeneratorstate(g))
    x = yield 1
    print("received", x)
    yield 2

g = worker()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g), g.gi_running)
print(g.send("hello"))
g.close()
print(inspect.getgeneratorstate(g))

def reentrant():
    yield next(r)

r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)

def counter():
    n = 0
    while True:
        n += 1
        yield n

c = counter()
print([next(c) for _ in range(3)], c.__name__, c.__qualname__, type(c).__name__)
print(inspect.isgenerator(c), inspect.isgeneratorfunction(counter), inspect.isfunction(counter))

gen_exp = (i for i in range(2))
print(type(gen_exp).__name__, gen_exp.__name__, list(gen_exp), list(gen_exp))

def with_finally():
    try:
        yield "a"
    finally:
        print("cleanup!")

w = with_finally()
next(w)
del w
print("after del")

def lazy_error():
    yield 1
    raise ValueError("lazy")
le = lazy_error()
print(next(le))
try:
    next(le)
except ValueError as e:
    print("ValueError:", e)
print(next(le, "exhausted"))
