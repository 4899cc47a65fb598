# generator close and GeneratorExit
def g1():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in g1")
g = g1()
print(next(g))
g.close()
print("closed")
g.close()
print(next(g, "no more"))
def unstarted():
    print("never runs")
    yield 1
u = unstarted()
u.close()
print("closed unstarted")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("returning quietly")
        return
r = returns_on_close()
next(r)
r.close()
print("ok")
def finished():
    yield 1
f = finished()
print(list(f))
f.close()
print("close of finished ok")
def running():
    me.close()
    yield 1
me = running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
