# StopIteration rules and exceptions inside generators
def gen():
    yield 1
    raise StopIteration("bad")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def gen2():
    yield 1
    return 2
g = gen2()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def gen3():
    yield 1
    1 / 0
g = gen3()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, "finished after error"))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty iter:", repr(e), e.value)
def manual():
    try:
        yield "a"
    except ValueError as e:
        yield "caught " + str(e)
m = manual()
next(m)
print(m.throw(ValueError("thrown")))
def consume():
    for x in gen2():
        pass
    return "loop ends normally on StopIteration"
print(consume())
