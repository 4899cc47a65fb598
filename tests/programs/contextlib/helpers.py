# suppress, closing, nullcontext, redirect_stdout/stderr, chdir, ContextDecorator,
# AbstractContextManager.
import contextlib
import io
import os
import sys
from contextlib import (AbstractContextManager, ContextDecorator, chdir, closing, nullcontext,
                        redirect_stderr, redirect_stdout, suppress)

with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed KeyError")
with suppress(ZeroDivisionError):
    print("no error")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escaped:", e)
with suppress():
    pass
print("empty suppress ok")


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("Resource.close called")


with closing(Resource()) as r:
    print("using resource, closed =", r.closed)
print("after: closed =", r.closed)

with nullcontext() as v:
    print("nullcontext gives", v)
with nullcontext({"a": 1}) as v:
    print("nullcontext gives", v)


def maybe_lock(use):
    return Resource() if False else nullcontext(use)


with maybe_lock("value") as val:
    print(val)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line 1")
    print("captured line 2")
print(target is buf, repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

# nested redirect of the same object restores correctly
outer = io.StringIO()
r = redirect_stdout(outer)
with r:
    print("outer text")
print("restored:", repr(outer.getvalue()))

start = os.getcwd()
with chdir("tests"):
    print("in tests:", os.path.basename(os.getcwd()))
print("back:", os.getcwd() == start)


class tracked(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("start", self.label)
        return self

    def __exit__(self, *exc):
        print("end", self.label)
        return False


@tracked("job")
def job(n):
    print("job body", n)
    return n * 10


print(job(1))
with tracked("manual"):
    print("manual body")


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit")


with Managed() as m:
    print(type(m).__name__)


class DuckCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(isinstance(DuckCM(), AbstractContextManager), isinstance(1, AbstractContextManager))
print(issubclass(Managed, AbstractContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print(e)
print(sorted(n for n in contextlib.__all__ if "Async" not in n and "async" not in n and n != "aclosing"))
