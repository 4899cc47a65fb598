# Observer pattern: bound methods need WeakMethod
import weakref

class Button:
    def __init__(self):
        self._handlers = []
    def subscribe(self, method):
        self._handlers.append(weakref.WeakMethod(method))
    def click(self):
        alive = []
        for wm in self._handlers:
            m = wm()
            if m is not None:
                m("click")
                alive.append(wm)
        self._handlers = alive
        return len(alive)

class Listener:
    def __init__(self, name):
        self.name = name
    def handle(self, event):
        print(" ", self.name, "got", event)
    def __del__(self):
        print(" ", self.name, "deleted")

btn = Button()
l1 = Listener("first")
l2 = Listener("second")
btn.subscribe(l1.handle)
btn.subscribe(l2.handle)
print("handlers alive:", btn.click())
del l1
print("handlers alive:", btn.click())

print("plain weakref to a bound method dies at once:")
l3 = Listener("third")
r = weakref.ref(l3.handle)
print("  r() is None:", r() is None)
wm = weakref.WeakMethod(l3.handle)
print("  WeakMethod alive:", wm() is not None, wm() == l3.handle)
print("  equal WeakMethods:", wm == weakref.WeakMethod(l3.handle))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
called = []
wm2 = weakref.WeakMethod(l3.handle, lambda ref: called.append("cb"))
del l3
print("callback called:", called, wm() is None)
del l2
print("handlers alive:", btn.click())
