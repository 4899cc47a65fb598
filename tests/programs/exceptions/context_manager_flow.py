# hand-written context managers: suppression, cleanup order, exception info
class Tag:
    depth = 0
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        info = f" ({exc_type.__name__}: {exc})" if exc_type else ""
        print("  " * Tag.depth + f"</{self.name}>{info}")
        return self.suppress

with Tag("html"):
    with Tag("body") as b:
        print("  " * Tag.depth + "name is " + b.name)
        with Tag("p"), Tag("b"):
            print("  " * Tag.depth + "text")

with Tag("outer", suppress=True):
    with Tag("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppressed block")

try:
    with Tag("x"):
        raise KeyError("k")
except KeyError as e:
    print("caught outside:", repr(e))

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print("closing", self.name, "open now:", Resource.opened)
        return False

def use(n):
    with Resource("db") as db, Resource("file") as f:
        print("using", db, f)
        if n == 0:
            return "early"
        if n == 1:
            raise RuntimeError("fail")
    return "normal"
print(use(0))
try:
    use(1)
except RuntimeError as e:
    print("RuntimeError", e)
print(use(2))

class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, t, v, tb):
        self.exited_with = t
m = Timer()
with m as same:
    pass
print(same is m, m.entered, m.exited_with)
