# Timer objects: callbacks fire after a delay, cancel() stops one that has not fired
import threading

fired = []
lock = threading.Lock()

def callback(tag, extra=None):
    with lock:
        fired.append((tag, extra))

t1 = threading.Timer(0.02, callback, args=("first",))
t2 = threading.Timer(0.04, callback, args=("second",), kwargs={"extra": 42})
t3 = threading.Timer(5.0, callback, args=("never",))
for t in (t1, t2, t3):
    t.start()
t3.cancel()
for t in (t1, t2, t3):
    t.join()
print(sorted(fired))
print("timers alive:", [t.is_alive() for t in (t1, t2, t3)])
print("is Thread subclass:", isinstance(t1, threading.Thread))
print("finished flags:", t1.finished.is_set(), t3.finished.is_set())

# cancelling before start means the callback never runs
t4 = threading.Timer(0.0, callback, args=("cancelled-early",))
t4.cancel()
t4.start()
t4.join()
print("after early cancel:", len(fired))

# a repeating timer built by rescheduling from the callback
ticks = []
def tick(n):
    ticks.append(n)
    if n < 4:
        nxt = threading.Timer(0.005, tick, args=(n + 1,))
        timers.append(nxt)
        nxt.start()
timers = []
first = threading.Timer(0.005, tick, args=(1,))
first.start()
first.join()
while len(timers) < 3 or any(t.is_alive() for t in timers):
    for t in list(timers):
        t.join()
print("ticks", ticks)
