# Uncaught exception thrown into a generator and raised deep inside a yield-from chain.
def leaf():
    while True:
        cmd = yield
        if cmd == "fail":
            raise LookupError("leaf cannot handle " + cmd)
        print("leaf got", cmd)


def middle():
    yield from leaf()


def top():
    try:
        yield from middle()
    finally:
        print("top cleanup")


g = top()
next(g)
g.send("hello")
try:
    g.throw(KeyError("thrown in"))
except KeyError as e:
    print("throw propagated:", repr(e))
g2 = top()
next(g2)
g2.send("fail")
