# send/throw/close with finally, GeneratorExit, return values.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("  caught ValueError inside:", e)
                received.append("err")
    except GeneratorExit:
        print("  GeneratorExit, received", received)
        raise
    finally:
        print("  finally runs")


g = echo()
attempt("send non-None first", lambda: g.send(1))
attempt("prime", lambda: next(g))
attempt("send a", lambda: g.send("a"))
attempt("throw ValueError", lambda: g.throw(ValueError("bad")))
attempt("throw type only", lambda: g.throw(ValueError))
attempt("close", lambda: g.close())
attempt("next after close", lambda: next(g))
attempt("close again", lambda: g.close())


def unstarted():
    print("  body started")
    yield 1


u = unstarted()
attempt("close unstarted", lambda: u.close())
attempt("next after close unstarted", lambda: next(u))
u2 = unstarted()
attempt("throw unstarted", lambda: u2.throw(KeyError("k")))
attempt("next after throw", lambda: next(u2))


def returns():
    yield 1
    return "done"


r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value", repr(e.value), e.args)


def catches_throw():
    try:
        yield 1
    except KeyError:
        yield "recovered"
    yield "after"


c = catches_throw()
next(c)
attempt("throw recovered", lambda: c.throw(KeyError))
attempt("next", lambda: next(c))
attempt("exhaust", lambda: next(c))


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ig = ignores_exit()
next(ig)
attempt("ignored GeneratorExit", lambda: ig.close())


def returns_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"


rf = returns_in_finally()
next(rf)
attempt("close with return in finally", lambda: rf.close())


def raises_on_close():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")


rc = raises_on_close()
next(rc)
attempt("close raising", lambda: rc.close())


def gen_value_return():
    x = yield
    return x * 2


gv = gen_value_return()
next(gv)
try:
    gv.send(21)
except StopIteration as e:
    print("returned", e.value)

attempt("throw non-exception", lambda: gen_value_return().throw(5))
attempt("throw instance + value", lambda: gen_value_return().throw(ValueError("a"), "b"))
