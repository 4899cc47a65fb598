# generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)
print(next(g, "exhausted"))
def with_return():
    yield 1
    return "done"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def lazy():
    print("started")
    yield "x"
    print("resumed")
g = lazy()
print("created")
print(next(g))
print(list(g))
def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_try():
    print("got", v)
print(sum(count_up(101)), max(count_up(7)))
it = iter(count_up(2))
print(it is iter(it))
def empty():
    return
    yield
print(list(empty()))
