# keyword-only arguments
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, c=1, b=5))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, key, flag=False):
    return args, key, flag
print(g(1, 2, key="k"), g(key=None, flag=True))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y):
    return x * y
print(h(x=3, y=4), h(y=2, x=5))
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def k(a, *, b, **rest):
    return a, b, rest
print(k(1, b=2, z=3))
print(f.__kwdefaults__, h.__code__.co_kwonlyargcount)
