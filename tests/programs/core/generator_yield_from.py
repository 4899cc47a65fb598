# yield from
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3), (x * 2 for x in range(2)))))
def echo():
    while True:
        v = yield
        if v is None:
            return "echo done"
        print("echo got", v)
def delegator():
    res = yield from echo()
    yield res
d = delegator()
next(d)
d.send("hello")
d.send("world")
print(d.send(None))
def tree(n):
    if n == 0:
        return
    yield n
    yield from tree(n - 1)
    yield -n
print(list(tree(3)))
def gen_ret():
    x = yield from []
    return x
g = gen_ret()
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
