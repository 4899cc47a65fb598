# What can and cannot be weakly referenced, and the TypeError for the latter.
import weakref
import sys


def try_ref(label, obj):
    try:
        r = weakref.ref(obj)
    except TypeError as e:
        print(f"{label:>14}: {type(e).__name__}: {e}")
    else:
        print(f"{label:>14}: ok, alive={r() is obj}")


class Plain:
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


def func():
    pass


def gen():
    yield 1


for label, obj in [
    ("int", 1),
    ("big int", 10 ** 30),
    ("bool", True),
    ("float", 1.5),
    ("complex", 1j),
    ("str", "text"),
    ("bytes", b"xy"),
    ("bytearray", bytearray(b"x")),
    ("list", [1, 2]),
    ("dict", {"a": 1}),
    ("tuple", (1, 2)),
    ("None", None),
    ("object()", object()),
    ("MyInt", MyInt(3)),
    ("MyStr", MyStr("s")),
    ("MyTuple", MyTuple()),
    ("Slotted", Slotted()),
    ("range", range(3)),
]:
    try_ref(label, obj)

keep = []
for label, obj in [
    ("Plain()", Plain()),
    ("MyList", MyList()),
    ("MyDict", MyDict()),
    ("SlottedWeak", SlottedWeak()),
    ("function", func),
    ("lambda", lambda: 0),
    ("class", Plain),
    ("builtin type", int),
    ("builtin func", len),
    ("set", {1, 2}),
    ("frozenset", frozenset({1})),
    ("generator", gen()),
    ("module", sys),
    ("code", func.__code__),
    ("property", property(func)),
]:
    keep.append(obj)
    try_ref(label, obj)

# weakrefs to the instances behave normally
s = SlottedWeak()
rs = weakref.ref(s)
del s
print("slotted weak dead:", rs())

lst = MyList([1, 2, 3])
rl = weakref.ref(lst)
print("list subclass:", rl(), sum(rl()))
del lst
print("list subclass dead:", rl())

# a bound method is a temporary: its weak reference dies at once
class K:
    def meth(self):
        return "called"


k = K()
rm = weakref.ref(k.meth)
print("bound method ref:", rm())
m = k.meth
rm = weakref.ref(m)
print("kept bound method:", rm()())
del m
print("after del m:", rm())

# a set: mutation does not matter
st = {1, 2}
rset = weakref.ref(st)
st.add(3)
print("set:", sorted(rset()))
del st
print("set dead:", rset())

# proxies and callbacks follow the same rules
for obj in (1, "s", [], {}, ()):
    try:
        weakref.proxy(obj)
    except TypeError as e:
        print("proxy:", e)
    try:
        weakref.ref(obj, print)
    except TypeError as e:
        print("ref+cb:", e)
