import contextlib, io, sys, os

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False
@Timer()
def job(x):
    print("job", x)
    return x * 2
print(job(4))
try:
    with Timer():
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(io.StringIO(f"f{i}")) for i in range(3)]
    print([f.read() for f in files])
print([f.closed for f in files])
def cleanup(name):
    print("cleanup", name)
with contextlib.ExitStack() as st:
    st.callback(cleanup, "a")
    st.callback(cleanup, name="b")
    try:
        with contextlib.ExitStack() as inner:
            inner.callback(cleanup, "inner")
            raise ValueError("boom")
    except ValueError as e:
        print("inner raised", e)
class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__ if et else None)
        return True
with contextlib.ExitStack() as st:
    st.enter_context(Suppressor())
    1 / 0
print("survived")
@contextlib.contextmanager
def tx(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback({e})")
        raise
    else:
        log.append("commit")
log = []
with tx(log):
    log.append("work")
try:
    with tx(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)
with contextlib.suppress(ZeroDivisionError) as s:
    print("value of s", s)
    1 / 0
with contextlib.nullcontext() as n:
    print(n)
cm = tx([])
print(type(cm).__name__, hasattr(cm, "__enter__"))
try:
    with contextlib.ExitStack() as st:
        st.enter_context(5)
except TypeError as e:
    print("TypeError", e)
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
