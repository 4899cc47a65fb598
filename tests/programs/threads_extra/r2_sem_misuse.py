# Semaphore/BoundedSemaphore argument errors and release(n) behaviour
import threading

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("Semaphore(-1)", lambda: threading.Semaphore(-1))
show("Semaphore(0)", lambda: threading.Semaphore(0)._value)
show("Semaphore(2.5)", lambda: threading.Semaphore(2.5)._value)
show("Semaphore('3')", lambda: threading.Semaphore("3"))
show("BoundedSemaphore(-2)", lambda: threading.BoundedSemaphore(-2))
s = threading.Semaphore(1)
show("release(0)", lambda: s.release(0))
show("release(-1)", lambda: s.release(-1))
show("release(3)", lambda: s.release(3))
show("value", lambda: s._value)
show("acquire timeout=0 x5", lambda: [s.acquire(timeout=0) for _ in range(5)])
show("acquire blocking=False", lambda: s.acquire(blocking=False))
show("acquire(False, 1)", lambda: s.acquire(False, 1))
show("acquire(timeout=-1) nonblocking", lambda: s.acquire(False, timeout=-1))
b = threading.BoundedSemaphore(2)
show("bounded release full", b.release)
b.acquire()
show("bounded release(2)", lambda: b.release(2))
show("bounded value", lambda: b._value)
show("bounded release(1)", lambda: b.release(1))
show("bounded release(0)", lambda: b.release(0))
with b:
    show("inside with", lambda: b._value)
show("after with", lambda: b._value)
show("repr prefix", lambda: repr(threading.Semaphore(3)).split(" at ")[0])
show("bounded repr prefix", lambda: repr(b).split(" at ")[0])
