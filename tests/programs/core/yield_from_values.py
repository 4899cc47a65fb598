# yield from: return values, delegation of send/throw, and iterables
def inner(n):
    total = 0
    for i in range(n):
        v = yield i
        print("inner got", v)
        if v:
            total += v
    return total
def outer():
    r = yield from inner(3)
    print("inner returned", r)
    r2 = yield from [10, 20]
    print("list yield from gives", r2)
    return "outer done"
g = outer()
print(next(g))
print(g.send(5))
print(g.send(None))
print(g.send(7))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def catcher():
    try:
        yield "a"
    except ValueError as e:
        print("catcher caught", e)
        yield "b"
    return "c"
def delegator():
    res = yield from catcher()
    yield "after " + res
d = delegator()
print(next(d))
print(d.throw(ValueError("boom")))
print(next(d))
def inner_fin():
    try:
        yield 1
        yield 2
    finally:
        print("inner_fin cleanup")
def outer_fin():
    try:
        yield from inner_fin()
    finally:
        print("outer_fin cleanup")
o = outer_fin()
next(o)
o.close()
def ret_stop():
    return (yield from ())
gen = ret_stop()
try:
    next(gen)
except StopIteration as e:
    print("empty delegation value", e.value)
def gen_str():
    yield from "hi"
    yield from {"k": 1}
    yield from range(2)
print(list(gen_str()))
def rets_tuple():
    return (1, 2)
    yield
try:
    next(rets_tuple())
except StopIteration as e:
    print(e.value, e.args)
