from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, nullcontext, closing
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)
with swallow():
    1 / 0
print("after swallow")
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
with suppress(KeyError):
    print("no error")
buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden", 1, 2)
print(repr(buf.getvalue()))
with nullcontext(42) as v:
    print("null", v)
with ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
class Res:
    def close(self):
        print("closed Res")
with closing(Res()):
    print("using res")
with ExitStack() as st:
    st.callback(print, "first registered")
    st2 = st.pop_all()
print("popped")
st2.close()
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@tag("deco")
def decorated():
    print("in decorated")
decorated()
