# weakref.ref: creation, dereferencing, sharing, callbacks and their order.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


def shape(r):
    # repr without addresses
    s = repr(r)
    head = s.split(" at 0x")[0]
    if s.endswith("; dead>"):
        return head + " ...; dead>"
    return head + " ...; to " + s.split("; to ")[1].split(" at ")[0] + ">"


a = Node("a")
r = weakref.ref(a)
print("deref:", r(), r() is a)
print("type:", type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print("isinstance:", isinstance(r, weakref.ref), callable(r))
print("shape:", shape(r))

# plain references (no callback) are shared
r2 = weakref.ref(a)
print("shared:", r is r2)
print("count:", weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print("callback attr:", r.__callback__)

# references with callbacks are always new objects
events = []


def cb_one(wr):
    events.append(("one", wr() is None, wr is r_one))


def cb_two(wr):
    events.append(("two", wr() is None, wr is r_two))


r_one = weakref.ref(a, cb_one)
r_two = weakref.ref(a, cb_two)
print("distinct:", r_one is r, r_one is r_two, r_one is weakref.ref(a, cb_one))
print("callback attrs:", r_one.__callback__ is cb_one, r_two.__callback__.__name__)
print("count now:", weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print("getweakrefs has all:", r in refs, r_one in refs, r_two in refs)
print("equal refs:", r == r_one, r_one == r_two, r != r_two)

del a
print("after del:", r(), r_one(), r2())
print("events (newest first):", events)
print("callback cleared:", r_one.__callback__, r_two.__callback__)
print("shape dead:", shape(r))
print("dead equality is identity:", r == r_one, r == r, r != r_one)

# a callback whose reference died first is not called
b = Node("b")
fired = []
tmp = weakref.ref(b, lambda wr: fired.append("tmp"))
keep = weakref.ref(b, lambda wr: fired.append("keep"))
del tmp
del b
print("fired:", fired)

# a callback may raise: the error is reported and ignored
c = Node("c")


def bad(wr):
    raise ValueError("boom")


rc = weakref.ref(c, bad)
# keep stderr quiet for the golden output: swap the unraisable hook
import sys
seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
del c
print("unraisable:", seen)
sys.unraisablehook = sys.__unraisablehook__

# calling with arguments, bad construction
d = Node("d")
try:
    weakref.ref(d)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(d, None, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(d, callback=None)
except TypeError as e:
    print(type(e).__name__, e)
print("None callback:", weakref.ref(d, None) is weakref.ref(d))
print("count d:", weakref.getweakrefcount(d), weakref.getweakrefcount(5))
