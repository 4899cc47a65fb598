# inside a Timer callback, current_thread() is the Timer itself; Timer attributes
import threading

seen = {}
def callback(x, y=0):
    me = threading.current_thread()
    seen["is timer"] = isinstance(me, threading.Timer)
    seen["name"] = me.name
    seen["sum"] = x + y
    seen["daemon"] = me.daemon

t = threading.Timer(0.01, callback, args=[1], kwargs={"y": 2})
t.name = "alarm-clock"
print("interval:", t.interval, "function:", t.function.__name__, "args:", t.args, "kwargs:", t.kwargs)
t.start()
t.join()
print(sorted(seen.items()))

defaults = threading.Timer(0, callback)
print("default args:", defaults.args, defaults.kwargs)
order = []
timers = [threading.Timer(d, order.append, args=(d,)) for d in (0.1, 0.0, 0.05)]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print("fired in delay order:", order)
c = threading.Timer(0.01, order.append, args=("cancelled",))
c.start()
c.cancel()
c.cancel()
c.join()
print("after double cancel:", order, c.is_alive())
