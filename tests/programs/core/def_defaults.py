# default arguments
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(a=0), f(1, 2, 3))
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
n = 10
def g(x=n):
    return x
n = 20
print(g())
print(f.__defaults__, g.__defaults__)
print(f.__name__, f.__code__.co_argcount)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, a=1)
except TypeError as e:
    print(type(e).__name__, e)
def h(a, b=[1, 2], *, c={"k": 1}):
    return a, b, c
print(h(0), h.__kwdefaults__)
