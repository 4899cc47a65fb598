# yield from: return values, send/throw/close delegation, non-generator iterables.
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def sub(n):
    total = 0
    for i in range(n):
        got = yield i
        print("  sub got", got)
        if got:
            total += got
    return total


def main():
    r1 = yield from sub(2)
    print("  r1 =", r1)
    r2 = yield from sub(1)
    print("  r2 =", r2)
    return r1 + r2


m = main()
print(next(m))
print(m.send(10))
print(m.send(5))
try:
    m.send(7)
except StopIteration as e:
    print("final", e.value)


def catching_sub():
    try:
        yield "a"
    except KeyError as e:
        print("  sub handled", repr(e))
        yield "b"
    finally:
        print("  sub finally")


def delegator():
    try:
        yield from catching_sub()
    finally:
        print("  delegator finally")


d = delegator()
print(next(d))
attempt("throw handled by sub", lambda: d.throw(KeyError("x")))
attempt("close propagates", lambda: d.close())

d2 = delegator()
next(d2)
attempt("throw unhandled", lambda: d2.throw(IndexError("i")))


def from_list():
    r = yield from [1, 2]
    print("  list delegation returns", r)
    r = yield from "xy"
    yield from range(2)
    yield from (c for c in "ef")
    yield from {"k": 1}


print(list(from_list()))
fl = from_list()
next(fl)
attempt("send to list iterator", lambda: fl.send("v"))
attempt("throw into list delegation", lambda: fl.throw(ValueError("v")))


def yield_from_non_iterable():
    yield from 5


attempt("yield from int", lambda: list(yield_from_non_iterable()))


class CustomIter:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom-ret")
        return self.i


def wrap():
    r = yield from CustomIter()
    yield ("ret", r)


print(list(wrap()))


def early_return():
    return "early"
    yield


def uses_early():
    v = yield from early_return()
    yield v


print(list(uses_early()))


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1], (2, 3), iter([4]))))


def depth(n):
    if n:
        yield n
        yield from depth(n - 1)


print(list(depth(5)))
