# PEP 479, gi_running, gi_frame, gi_code, re-entrancy, generator attributes.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__, e.__cause__)


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


def next_on_empty():
    it = iter([])
    yield next(it)


g = leaks_stop()
next(g)
attempt("explicit StopIteration", lambda: next(g))
attempt("implicit via next()", lambda: list(next_on_empty()))


def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop


s = subclass_stop()
next(s)
attempt("StopIteration subclass", lambda: next(s))

gen_holder = {}


def introspect():
    g = gen_holder["g"]
    print("  running inside:", g.gi_running)
    yield g.gi_frame is not None
    attempt("reentrant next", lambda: next(g))
    yield "after"


g2 = introspect()
gen_holder["g"] = g2
print("before start:", g2.gi_running, g2.gi_frame is not None, g2.gi_code.co_name)
print(next(g2))
print(next(g2))
print("suspended:", g2.gi_running)
attempt("exhaust", lambda: next(g2))
print("after exhaustion frame:", g2.gi_frame)
print(g2.__name__, g2.__qualname__, type(g2).__name__)


def frame_locals():
    a = 1
    yield
    b = 2
    yield


fl = frame_locals()
next(fl)
attempt("locals 1", lambda: sorted(fl.gi_frame.f_locals))
next(fl)
attempt("locals 2", lambda: sorted(fl.gi_frame.f_locals))
attempt("lineno", lambda: fl.gi_frame.f_lineno - fl.gi_code.co_firstlineno)


def self_send():
    yield gen_holder["g3"].send(None)


g3 = self_send()
gen_holder["g3"] = g3
attempt("self send", lambda: next(g3))
attempt("after self send", lambda: next(g3))


def inner():
    yield 1
    yield 2


def outer():
    yield from inner()


o = outer()
next(o)
attempt("yieldfrom", lambda: type(o.gi_yieldfrom).__name__)
attempt("iter is self", lambda: iter(o) is o)
attempt("generator len", lambda: len(o))
attempt("generator index", lambda: o[0])

genexp = (x for x in range(3))
print(type(genexp).__name__, genexp.__name__, genexp.gi_code.co_name)
print(list(genexp), list(genexp))
attempt("close genexp", lambda: genexp.close())
