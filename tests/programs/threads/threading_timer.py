# threading.Timer: runs its function with args/kwargs after the interval; cancel before it fires
import threading

calls = []
fired = threading.Event()
def record(*args, **kwargs):
    calls.append((args, kwargs, threading.current_thread().name))
    fired.set()

t = threading.Timer(0.02, record, args=(1, 2), kwargs={"k": "v"})
print(isinstance(t, threading.Thread), t.interval, t.is_alive())
t.start()
t.join()
print(fired.is_set(), calls[0][:2], calls[0][2] == t.name)

# cancel before the interval ends: the function never runs
calls.clear()
c = threading.Timer(30.0, record, ("never",))
c.start()
c.cancel()
c.join()
print("cancelled:", calls, c.is_alive(), c.finished.is_set())

# cancel before start: start() then finishes at once without calling
d = threading.Timer(0.01, record, ("never either",))
d.cancel()
d.start()
d.join()
print("cancelled before start:", calls)

# cancelling after it fired does nothing
fired.clear()
e = threading.Timer(0, record, ["zero"])
e.start()
fired.wait()
e.cancel()
e.join()
print(calls)

# args default to no arguments; a list is accepted for args
f = threading.Timer(0.001, record)
f.start()
f.join()
print(calls[-1][:2])
