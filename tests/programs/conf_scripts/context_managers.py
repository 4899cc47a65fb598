from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, closing
import io

class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}", exc_type.__name__ if exc_type else None, exc)
        return isinstance(exc, KeyError)

with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    {}["missing"]
print("after suppressed KeyError")
try:
    with Timer("c"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("swallowed div")
    finally:
        print(f"</{name}>")

with tag("p") as T:
    print("body", T)
with tag("div"):
    1 / 0
with suppress(FileNotFoundError, KeyError):
    open("/nonexistent/file/here")
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured!")
    print(1, 2, sep="-")
print(repr(buf.getvalue()))
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")

class Resource:
    def close(self):
        print("resource closed")
with closing(Resource()):
    print("using")
with Timer("outer"), Timer("inner"):
    print("nested")
@contextmanager
def broken():
    yield
    yield
try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
with Timer("last"):
    raise TypeError("escapes")
