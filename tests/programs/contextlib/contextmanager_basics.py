# @contextmanager: setup/teardown, exceptions at the yield, decorator use, error cases.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html") as t:
    print("inside", t)
    with tag("body"):
        print("nested")

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("caught outside:", e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["missing"]
print("continued after swallow")

try:
    with swallow(KeyError):
        raise IndexError("not swallowed")
except IndexError as e:
    print("propagated", e)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        log.append("bad work")
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)


@tag("decorated")
def compute(x, y):
    print("computing", x + y)
    return x * y


print(compute(3, 4))
print(compute(5, 6))
print(compute.__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def keeps_going():
    try:
        yield
    except ZeroDivisionError:
        pass
    yield


try:
    with keeps_going():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError("converted") from e


try:
    with converting():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

# the generator is re-created for each call through the decorator form
calls = []


@contextmanager
def counted():
    calls.append(1)
    yield len(calls)


with counted() as n1:
    pass
with counted() as n2:
    pass
print(n1, n2)


@contextmanager
def stop_iter():
    yield


try:
    with stop_iter():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration kept", e)
