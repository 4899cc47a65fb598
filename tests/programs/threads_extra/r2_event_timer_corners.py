# Event.wait(0) values, Event misc, Timer args/kwargs, cancel after it ran, Timer subclass
import threading

e = threading.Event()
print(e.wait(0), e.wait(timeout=0.0), e.wait(-5), e.is_set())
e.set()
print(e.wait(0), e.wait(None), e.wait(-1))
e.clear()
print(e.is_set())
try:
    e.wait("1")
except TypeError as ex:
    print("TypeError:", ex)
print(repr(e).split(" at ")[0] if " at " in repr(e) else repr(e)[:len("<threading.Event")])

out = []
def cb(*a, **k):
    out.append((a, sorted(k.items())))
t = threading.Timer(0.01, cb, args=(1, 2), kwargs={"x": 3})
t.start(); t.join()
t.cancel()
print(out, t.finished.is_set())
t2 = threading.Timer(0.01, cb, [9])
t2.start(); t2.join()
print(out[-1])
t3 = threading.Timer(0.01, cb)
print(t3.args, t3.kwargs, t3.interval)
t3.cancel(); t3.start(); t3.join()
print("cancelled before start ran:", len(out))

class Repeater(threading.Timer):
    def run(self):
        n = 0
        while not self.finished.wait(self.interval):
            n += 1
            self.function(n)
            if n == 3:
                break
r = Repeater(0.005, lambda n: out.append(n))
r.start(); r.join()
print(out[-3:])
