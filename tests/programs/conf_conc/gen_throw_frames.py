import traceback

def frames(exc):
    return [f.name for f in traceback.extract_tb(exc.__traceback__)]

def producer():
    while True:
        try:
            item = yield
        except GeneratorExit:
            print("producer closed")
            raise
        print("got", item)

def relay():
    yield from producer()

g = relay()
next(g)
g.send(1)
g.send(2)
try:
    g.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("frames:", frames(e))
g2 = relay()
next(g2)
g2.close()

def catcher():
    try:
        yield "ready"
    except ValueError as e:
        yield f"caught {e}"

c = catcher()
print(next(c))
print(c.throw(ValueError("v")))
try:
    c.throw(TypeError("t"))
except TypeError as e:
    print("after catch:", frames(e))
