# Quiz: predict sys.getrefcount deltas in less obvious places
import sys, gc
class T: pass
t = T()
b = sys.getrefcount(t)
def d(): return sys.getrefcount(t) - b
class Body:
    attr = t
    print("class body", sys.getrefcount(t) - b)
print("after class", d())
def g():
    x = t
    yield sys.getrefcount(t) - b
    yield sys.getrefcount(t) - b
gen = g()
print("gen", next(gen), d())
print("gen2", next(gen))
del gen
print("gen del", d())
def loc():
    x = t
    l = locals()
    return sys.getrefcount(t) - b
print("locals()", loc())
def frame_ref():
    x = t
    return sys._getframe()
fr = frame_ref()
print("frame kept", d())
del fr
print("frame dropped", d())
dd = {"k": t}
v = dd.values()
print("values view", d())
it = iter(v)
print("iter over view", d())
lst = list(v)
print("listed", d())
del v, it, lst, dd
print("cleanup", d())
def f(): pass
print("function rc", sys.getrefcount(f))
print("class rc", sys.getrefcount(T) - 0 > 2)
print("module rc", sys.getrefcount(sys) > 2)
f.attr = t
print("func attr", d())
del f
lam = lambda x=t: x
print("lambda default", d())
def outer():
    y = t
    def inner():
        return y
    return sys.getrefcount(t) - b, inner
print("outer cell", outer()[0])
s = str(t) and t
print("and expr", d())
del s
x = [t, [t, [t]]]
print("nested list", d())
del x
print("nested list gone", d())
tb = None
try:
    def fail(o):
        raise ValueError
    fail(t)
except ValueError as e:
    tb = e.__traceback__
print("traceback keeps frame arg", d())
del tb
print("tb dropped", d())
print("globals()['t']", sys.getrefcount(globals()["t"]) - b)
print("vars", sys.getrefcount(vars()["t"]) - b)
