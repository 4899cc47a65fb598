# generator.throw / close / send paths, including finally and caught throws
def gen():
    try:
        x = yield 1
        print("got", x)
        try:
            yield 2
        except KeyError as e:
            print("inner caught", repr(e))
            yield "recovered"
        yield 3
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
try:
    g.throw(ValueError, ValueError("v"))
except ValueError as e:
    print("propagated", e)
print(g.gi_frame is None)
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)
g2 = gen()
try:
    g2.send(5)
except TypeError as e:
    print(type(e).__name__, e)
g3 = gen()
g3.close()
print("closed before start")
try:
    print(next(g3))
except StopIteration:
    print("StopIteration after close")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returner():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
r = returner()
next(r)
print(r.close())
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError("before start"))
except IndexError as e:
    print("not started", e)
print(list(t))
