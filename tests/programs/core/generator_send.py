# generator send and throw
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def fresh():
    yield 1
g = fresh()
try:
    g.send("x")
except TypeError as e:
    print(type(e).__name__, e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", type(e).__name__, e)
print(next(g, "after-death"))
def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        v = yield avg
        count += 1
        total += v
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
