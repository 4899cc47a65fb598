# __enter__ and __exit__
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None, tb is not None)
        return self.swallow
with Resource("r1") as r:
    print("using", r.name)
with Resource("r2", swallow=True):
    raise RuntimeError("swallowed")
print("continued")
try:
    with Resource("r3"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
with Resource("outer") as o, Resource("inner") as i:
    print(o.name, i.name)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return Timer.depth
    def __exit__(self, *args):
        Timer.depth -= 1
with Timer() as d1:
    with Timer() as d2:
        print("depths", d1, d2)
print("after", Timer.depth)
class ExitRaises:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises() as v:
        print("v is", v)
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def early():
    with Resource("r4"):
        for i in range(5):
            if i == 2:
                return i
print("early returned", early())
