# Generator misc: yield as expression, yield in various positions, lambda generators, conditional yield.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def yield_expressions():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield "second")]
    yield c
    x = yield from [10, 20]
    yield x


g = yield_expressions()
print(next(g), g.send(5), g.send(41), g.send("A"), g.send("B"), next(g), next(g), next(g))
attempt("done", lambda: next(g))

lam = lambda: (yield 1)
print(type(lam()).__name__, list(lam()))


def yield_in_args():
    print("  args:", (yield "a"), (yield "b"))


gy = yield_in_args()
print(next(gy), gy.send(1))
attempt("finish", lambda: gy.send(2))


def conditional(flag):
    if flag:
        yield "yes"
    return "ret"


print(list(conditional(True)), list(conditional(False)))
print(type(conditional(False)).__name__)


def infinite_with_return_value():
    n = 0
    while True:
        n += 1
        if n > 3:
            return n
        yield n


def delegate():
    result = yield from infinite_with_return_value()
    yield ("result", result)


print(list(delegate()))


def gen_in_class():
    class K:
        def items(self):
            yield from range(2)

        @classmethod
        def cls_items(cls):
            yield cls.__name__

        @staticmethod
        def st():
            yield "static"
    k = K()
    return list(k.items()) + list(K.cls_items()) + list(K.st())


print(gen_in_class())


def yield_in_with():
    class CM:
        def __enter__(self):
            print("  enter")

        def __exit__(self, *a):
            print("  exit", a[0].__name__ if a[0] else None)
    with CM():
        yield 1
        yield 2


w = yield_in_with()
print(next(w))
w.close()
w2 = yield_in_with()
next(w2)
attempt("throw through with", lambda: w2.throw(ValueError("into with")))


def yield_in_loop_else():
    for i in range(2):
        yield i
    else:
        yield "else"
    while False:
        yield "never"
    else:
        yield "while-else"


print(list(yield_in_loop_else()))


def gen_exception_after_yield():
    yield 1
    yield 1 / 0


ge = gen_exception_after_yield()
print(next(ge))
attempt("error", lambda: next(ge))
attempt("after error", lambda: next(ge))
print(list(x for x in range(3) if (yield_stmt := x) or True), yield_stmt)
