# WeakMethod keeps a weak reference to a bound method (object + function).
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        return f"{self.label} clicked"

    def __repr__(self):
        return f"Button({self.label!r})"


b = Button("ok")
wm = weakref.WeakMethod(b.click)
print("isinstance ref:", isinstance(wm, weakref.ref), type(wm).__name__)
print("call:", wm()())
print("fresh bound method each time:", wm() == b.click, wm() is wm())
print("target:", wm().__self__, wm().__func__.__name__)

# equality and hashing
wm2 = weakref.WeakMethod(b.click)
print("eq:", wm == wm2, wm != wm2, hash(wm) == hash(wm2))
other = Button("other")
wm3 = weakref.WeakMethod(other.click)
print("different object:", wm == wm3, wm != wm3)
print("vs plain ref:", wm == weakref.ref(b), wm.__eq__(weakref.ref(b)))

# callback runs once when the object dies
events = []
wm_cb = weakref.WeakMethod(b.click, lambda r: events.append(("dead", r is wm_cb, r())))
del b
print("after del:", wm(), wm2(), events)
print("dead eq is identity:", wm == wm2, wm == wm, wm != wm2)

# the function dying also kills it
class Dyn:
    pass


def hello(self):
    return "hello"


Dyn.hello = hello
d = Dyn()
fired = []
wh = weakref.WeakMethod(d.hello, lambda r: fired.append("func gone"))
print("alive:", wh()())
del Dyn.hello, hello
print("function dropped:", wh(), fired, d is not None)

# plain functions and builtins are rejected
def f():
    pass


for thing in (f, len, [].append, 42):
    try:
        weakref.WeakMethod(thing)
    except TypeError as e:
        print(type(e).__name__, e)

# typical use: a registry of listeners that must not keep them alive
class Signal:
    def __init__(self):
        self.slots = []

    def connect(self, meth):
        self.slots.append(weakref.WeakMethod(meth, self.slots.remove))

    def emit(self):
        return [m()() for m in self.slots if m() is not None]


sig = Signal()
b1, b2 = Button("one"), Button("two")
sig.connect(b1.click)
sig.connect(b2.click)
print("emit:", sig.emit())
del b1
print("emit after del:", sig.emit(), len(sig.slots))
del b2
print("emit empty:", sig.emit(), len(sig.slots))
