from contextlib import contextmanager, suppress, ExitStack

class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Managed("a") as v:
    print("body", v)

with Managed("outer", swallow=True), Managed("inner"):
    raise ValueError("boom")
print("continued")

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print("handled zero division inside", name)
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("content", t)
with tag("div"):
    1 / 0
print("after div")

with suppress(KeyError, IndexError):
    [][0]
print("suppressed")

with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(Managed(n))
    stack.callback(print, "callback ran")
    print("stack body")

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

with Managed("final"):
    raise KeyError("escapes")
