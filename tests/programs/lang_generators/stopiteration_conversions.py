# Where StopIteration is converted to RuntimeError (generators, genexprs, coroutines) and where not (listcomp, map).
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
def stop():
    raise StopIteration("inner")
attempt("genexpr body StopIteration", lambda: list(stop() for _ in range(2)))
attempt("listcomp body StopIteration", lambda: [stop() for _ in range(2)])
attempt("map with StopIteration", lambda: list(map(lambda _: stop(), range(2))))
def sub():
    yield 1
    raise StopIteration("sub")
def outer():
    yield from sub()
attempt("yield from sub raising StopIteration", lambda: list(outer()))
def gen_next_exhausted():
    it = iter([1])
    while True:
        yield next(it)
attempt("while True next", lambda: list(gen_next_exhausted()))
def fin_return():
    try:
        yield 1
        raise ValueError("x")
    finally:
        return "swallow"
attempt("finally return in gen", lambda: list(fin_return()))
def yield_in_finally_normal():
    try:
        yield 1
    finally:
        yield "finally-yield"
attempt("yield in finally", lambda: list(yield_in_finally_normal()))
attempt("zip stops", lambda: list(zip(gen_next_exhausted(), range(5))))
def gen_raise_in_except():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        raise StopIteration
attempt("StopIteration in except", lambda: list(gen_raise_in_except()))
async def coro_stop():
    raise StopIteration
def drive():
    c = coro_stop()
    try:
        c.send(None)
    except RuntimeError as e:
        return str(e)
attempt("coroutine StopIteration", drive)
