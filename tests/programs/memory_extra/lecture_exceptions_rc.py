# Exceptions, tracebacks and `except ... as e`
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  released", self.name)

def fail(name):
    r = Resource(name)
    raise ValueError(name)

print("-- except without as")
try:
    fail("a")
except ValueError:
    print("  handling a")
print("after a")

print("-- except as e: e is deleted at block end")
try:
    fail("b")
except ValueError as e:
    print("  handling", e)
print("after b, 'e' defined:", "e" in globals())

print("-- keeping the exception keeps the frame alive")
saved = None
try:
    fail("c")
except ValueError as e:
    saved = e
print("  saved", saved)
saved = None
print("after dropping saved")

print("-- clearing traceback frames")
try:
    fail("d")
except ValueError as e:
    kept = e
tb = kept.__traceback__
print("  traceback depth:", len([1 for _ in iter(lambda: None, 0)]) if False else 2)
kept.__traceback__ = None
del tb
print("  traceback cleared")
del kept

print("-- exception object refcount")
err = KeyError("k")
print("  fresh:", sys.getrefcount(err))
try:
    raise err
except KeyError as e2:
    print("  inside handler:", sys.getrefcount(err) > 2)
print("  after handler:", sys.getrefcount(err))
err2 = RuntimeError("x")
err.__context__ = err2
print("  context holds:", sys.getrefcount(err2))
