# default arguments are evaluated once at def time; lambdas in loops bind late
calls = []
def make_default():
    calls.append("evaluated")
    return []
def f(x, acc=make_default()):
    acc.append(x)
    return acc
print(calls)
print(f(1), f(2), f(3, []), f(4))
print(f.__defaults__, calls)
def g(n, cache={}):
    cache[n] = cache.get(n, 0) + 1
    return dict(cache)
print(g(1), g(1), g(2))
v = 10
def h(a=v):
    return a
v = 20
print(h(), v)
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs2])
fs3 = []
for j in range(3):
    fs3.append(lambda: j * 10)
j = 99
print([fn() for fn in fs3])
adders = {name: (lambda x, n=n: x + n) for n, name in enumerate("abc")}
print({k: fn(100) for k, fn in adders.items()})
def kw(*, opt=[]):
    opt.append(len(opt))
    return opt
print(kw(), kw(), kw(opt=["x"]), kw())
print(kw.__kwdefaults__)
def outer():
    fns = []
    for k in range(3):
        def inner():
            return k
        fns.append(inner)
    k = "final"
    return [fn() for fn in fns]
print(outer())
f.__defaults__ = ([0],)
print(f(9))
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1))
