# threading.Condition: wait/notify hand-off between a producer and a consumer, wait timeout, errors
import threading

cond = threading.Condition()
items = []
consumed = []

def consumer():
    with cond:
        while True:
            while not items:
                cond.wait()
            item = items.pop(0)
            if item is None:
                return
            consumed.append(item * item)

t = threading.Thread(target=consumer)
t.start()
for i in range(1, 6):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    items.append(None)
    cond.notify()
t.join()
print(consumed)

# wait with a timeout and nobody notifying returns False
with cond:
    print("wait timeout:", cond.wait(0.02))
    print("wait 0:", cond.wait(0))

# notify with no waiters is fine; notify(n) and notifyAll-style notify_all too
with cond:
    cond.notify()
    cond.notify(3)
    cond.notify_all()
print("notify without waiters ok")

for name in ("wait", "notify", "notify_all"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print(name, "-> RuntimeError:", e)

# a Condition built on an RLock may be entered recursively
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print("recursive with ok:", rc.wait(0.01))
# the default lock is an RLock too
with cond:
    with cond:
        print("default lock reentrant")
# a Condition on a plain Lock
lc = threading.Condition(threading.Lock())
with lc:
    print("plain lock wait:", lc.wait(0.01))
print(lc.acquire(False), lc.acquire(False))
lc.release()
