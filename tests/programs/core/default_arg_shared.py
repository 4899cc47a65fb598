# default argument values are evaluated once at def time
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def dflt(a, b={}, *, c=set()):
    b[a] = len(b)
    c.add(a)
    return b, sorted(c)
print(dflt(1), dflt(2))
print(dflt.__kwdefaults__)
counter = 0
def next_val():
    global counter
    counter += 1
    print("default evaluated", counter)
    return counter
def f(x=next_val()):
    return x
print(f(), f(), f(99))
def g(x=next_val(), y=next_val()):
    return x, y
print(g(), counter)
base = 10
def h(v=base):
    return v
base = 20
print(h())
def k(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(k(1), k(2))
f.__defaults__ = (42,)
print(f())
def m(a, b=2, c=3):
    return a, b, c
m.__defaults__ = (7,)
print(m(1, 2))
try:
    m(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.__defaults__ = (1, 2, 3, 4)
    print(m())
except TypeError as e:
    print(type(e).__name__, e)
