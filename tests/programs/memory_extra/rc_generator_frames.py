# Generators, coroutines and the references their frames hold
import sys, gc
R = sys.getrefcount
o = object(); b = R(o)
def d(): return R(o) - b
def gen():
    x = o
    y = yield 1
    yield y
g = gen()
print("created", d())
next(g)
print("after first next", d())
print("send:", g.send(o) is o, d())
g.close()
print("closed", d())
def delegate():
    yield from inner()
def inner():
    z = o
    yield 1
    yield 2
dg = delegate()
next(dg)
print("yield from suspended", d())
del dg
print("delegate dropped", d())
def counter():
    total = 0
    while True:
        v = yield total
        total += 1
c = counter()
next(c)
for _ in range(3):
    c.send(o)
print("after sends", d())
it = (x for x in [o, o])
print("genexp", d())
print(next(it) is o, d())
del it
print("genexp dropped", d())
async def coro(): return o
cr = coro()
print("coroutine created", d())
try:
    cr.send(None)
except StopIteration as e:
    print("StopIteration value is o:", e.value is o, d())
print("after except", d())
del cr
print("end", d())
