# positional-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, y=10, /, **kw):
    return x, y, kw
print(g(1), g(1, 2), g(1, x=5, y=6))
def h(a, /):
    return a
print(h(7))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def m(p, /, q=1, *args, r, **kw):
    return p, q, args, r, kw
print(m(0, r=1), m(0, 1, 2, 3, r=4, s=5))
print(f.__code__.co_posonlyargcount, g.__code__.co_posonlyargcount)
print(divmod(7, 2), pow(2, 5))
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
