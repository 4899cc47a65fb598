# refcounts of objects carried by exceptions
import sys
payload = [0]
print("start", sys.getrefcount(payload))
err = ValueError(payload)
print("in exception args", sys.getrefcount(payload))
del err
print("exception deleted", sys.getrefcount(payload))
try:
    raise KeyError(payload)
except KeyError as e:
    print("inside handler", sys.getrefcount(payload))
print("after handler", sys.getrefcount(payload))
class Custom(Exception):
    def __init__(self, obj):
        super().__init__("custom")
        self.obj = obj
try:
    raise Custom(payload)
except Custom as e:
    saved = e
print("saved exception attr", sys.getrefcount(payload))
saved = None
print("saved cleared", sys.getrefcount(payload))
def fail(x):
    raise RuntimeError("boom")
try:
    fail(payload)
except RuntimeError:
    pass
print("after failed call", sys.getrefcount(payload))
