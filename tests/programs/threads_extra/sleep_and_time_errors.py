# time.sleep and the timeouts around threads: argument checking
import threading
import time

def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("sleep(0)", lambda: time.sleep(0))
show("sleep(-1)", lambda: time.sleep(-1))
show("sleep('1')", lambda: time.sleep("1"))
show("sleep(None)", lambda: time.sleep(None))
show("sleep(0.001)", lambda: time.sleep(0.001))
show("Event.wait('x')", lambda: threading.Event().wait("x"))
show("Lock.acquire(timeout='x')", lambda: threading.Lock().acquire(timeout="x"))
show("Lock.acquire(timeout=None)", lambda: threading.Lock().acquire(timeout=None))
show("Lock.acquire(timeout=-1)", lambda: threading.Lock().acquire(timeout=-1))
show("Lock.acquire(timeout=0)", lambda: threading.Lock().acquire(timeout=0))
show("Thread.join(timeout='x')", lambda: (lambda t: (t.start(), t.join("x")))(threading.Thread(target=lambda: None)))
