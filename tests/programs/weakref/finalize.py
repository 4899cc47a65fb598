# weakref.finalize: callbacks tied to an object's lifetime, and at interpreter exit.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name!r})"


def cleanup(name, *, mode="normal"):
    print(f"cleanup {name} ({mode})")
    return f"done {name}"


r1 = Resource("r1")
f1 = weakref.finalize(r1, cleanup, "r1", mode="gc")
print("alive:", f1.alive, "atexit:", f1.atexit)
obj, func, args, kwargs = f1.peek()
print("peek:", obj is r1, func is cleanup, args, kwargs)
print("repr:", repr(f1).startswith("<finalize object at 0x"), "; for 'Resource' at 0x" in repr(f1))
del r1, obj
print("after del: alive", f1.alive, "peek", f1.peek(), "call", f1())
print("dead repr:", repr(f1).endswith("; dead>"))

# calling it early runs it once; the object's death then does nothing
r2 = Resource("r2")
f2 = weakref.finalize(r2, cleanup, "r2")
print("explicit:", f2(), f2(), f2.alive)
del r2
print("nothing more for r2")

# detach: the finalizer no longer runs
r3 = Resource("r3")
f3 = weakref.finalize(r3, cleanup, "r3")
d = f3.detach()
print("detach:", d[0] is r3, d[1] is cleanup, d[2], d[3], f3.alive, f3.detach())
del r3, d
print("nothing for r3")

# several finalizers on one object run newest first
r4 = Resource("r4")
order = []
for i in range(3):
    weakref.finalize(r4, order.append, i)
del r4
print("order:", order)

# the finalizer is kept alive by the registry even when not stored
r5 = Resource("r5")
weakref.finalize(r5, print, "finalized r5 without a reference to the finalizer")
del r5

# the finalizer must not refer to the object (it would never die): use a bound
# method of something else, or plain data
class TempDir:
    def __init__(self, path):
        self.path = path
        self._finalizer = weakref.finalize(self, TempDir._remove, path)

    @staticmethod
    def _remove(path):
        print("removing", path)

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive


t = TempDir("/tmp/a")
t.remove()
print("removed:", t.removed)
t = TempDir("/tmp/b")
t = None
print("rebinding done")

# errors
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.finalize(Resource("x"))
except TypeError as e:
    print(type(e).__name__, e)

# pending finalizers with atexit=True run at exit, newest first;
# atexit=False ones do not run at all
keep = [Resource(f"k{i}") for i in range(4)]
for i, res in enumerate(keep):
    f = weakref.finalize(res, cleanup, res.name, mode="exit")
    if i == 1:
        f.atexit = False
        print("k1 atexit:", f.atexit)
import atexit
atexit.register(print, "plain atexit handler (registered after the first finalize)")
print("end of program")
