def accumulator():
    total = 0
    print("started")
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("caught", e)
            total = 0
            continue
        except GeneratorExit:
            print("closing with total", total)
            raise
        if value is None:
            print("got None")
            continue
        total += value

g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
print(next(g))
print(g.throw(ValueError("reset")))
print(g.send(3))
g.close()
print(g.gi_frame is None)
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.value)

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
print(f.send(None))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def thrower():
    yield 1
    yield 2

t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(list(t))

def ret():
    yield 1
    return "result"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value:", e.value, e.args)
