# ExitStack: LIFO cleanup, callbacks, push, pop_all, close, exception suppression/chaining.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    log.append(f"using {names}")
print(log)

# callback with args and kwargs, returned callback is the same object
def report(*args, **kwargs):
    print("report", args, sorted(kwargs.items()))


with ExitStack() as stack:
    r = stack.callback(report, 1, 2, key="v")
    print(r is report)

# push: an __exit__-like callable that suppresses
def suppress_value_error(exc_type, exc, tb):
    if exc_type is ValueError:
        print("suppressing", exc)
        return True
    return False


with ExitStack() as stack:
    stack.push(suppress_value_error)
    raise ValueError("oops")
print("after suppressed block")


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with ExitStack() as stack:
    stack.push(CM("pushed"))
    stack.enter_context(CM("entered"))
    print("body")

# pop_all transfers ownership
log = []
with ExitStack() as stack:
    stack.enter_context(resource("kept", log))
    saved = stack.pop_all()
log.append("block left")
saved.close()
print(log)

# exceptions raised by callbacks chain to the one being handled
def fail(msg):
    raise RuntimeError(msg)


try:
    with ExitStack() as stack:
        stack.callback(fail, "from callback 1")
        stack.callback(fail, "from callback 2")
        raise KeyError("body")
except RuntimeError as e:
    print(type(e).__name__, e)
    ctx = e.__context__
    print(type(ctx).__name__, ctx)
    print(type(ctx.__context__).__name__, ctx.__context__)

# a later callback can suppress an exception raised by an earlier-registered one
with ExitStack() as stack:
    stack.push(lambda *exc: print("seen", exc[0].__name__, exc[1]) or True)
    stack.callback(fail, "suppressed later")
print("no exception escaped:", True)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError", e)

# conditional resource management
def process(paths, fail_on=None):
    out = []
    with ExitStack() as stack:
        for p in paths:
            stack.enter_context(resource(p, out))
            if p == fail_on:
                raise OSError(f"cannot use {p}")
    return out


print(process(["x", "y"]))
try:
    process(["x", "y", "z"], fail_on="y")
except OSError as e:
    print("OSError", e)

stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()
print("done")
