# StopIteration escaping a generator becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration("oops")
try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__)
def nexter():
    it = iter([1])
    yield next(it)
    yield next(it)
g = nexter()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(g)
except StopIteration:
    print("then StopIteration")
def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop
try:
    list(subclass_stop())
except RuntimeError as e:
    print("subclass ->", e, type(e.__cause__).__name__)
def ok_return():
    yield 1
    return
print(list(ok_return()))
genexp = (next(iter([])) for _ in range(2))
try:
    list(genexp)
except RuntimeError as e:
    print("genexp:", e)
print(list(map(lambda x: next(iter([])) if x else x, [0])))
def stopper(x):
    if x > 1:
        raise StopIteration
    return x
print(list(map(stopper, [0, 1, 2, 3])))
it = iter([1, 2])
print(next(it, "d"), next(it, "d"), next(it, "d"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("finished")
        self.n -= 1
        return self.n
print(list(Countdown(3)), [x for x in Countdown(2)])
