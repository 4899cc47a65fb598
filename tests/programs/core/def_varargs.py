# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{"y": 5}))
def g(a, b, *rest, **opts):
    print(a, b, rest, sorted(opts.items()))
g(1, 2)
g(1, 2, 3, 4, k=5)
g(*"xy")
g(*range(5), **{"z": 1, "a_": 2})
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(10)))
args = (1, 2)
kw = {"b": 20}
def h(a, b=0, c=0):
    return a + b + c
print(h(*args), h(1, **kw), h(*[1], **{"c": 5, "b": 1}))
try:
    h(1, **{"b": 1}, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, **{"zz": 1})
except TypeError as e:
    print(type(e).__name__, e)
print(type(f(1)[0]).__name__, type(f(x=1)[1]).__name__)
print(f(*(), **{}))
