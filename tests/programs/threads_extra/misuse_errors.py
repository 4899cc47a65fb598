# common mistakes with threads and locks, and the exceptions CPython raises for them
import threading
import queue

def show(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

lock = threading.Lock()
show("release unlocked Lock", lock.release)
show("release un-acquired RLock", threading.RLock().release)
t = threading.Thread(target=lambda: None)
show("join unstarted", t.join)
show("is_alive unstarted", lambda: print("   alive?", t.is_alive()))
t.start()
show("start twice", t.start)
t.join()
show("start after finish", t.start)
show("acquire negative timeout", lambda: lock.acquire(timeout=-2))
show("acquire non-blocking with timeout", lambda: lock.acquire(False, 1))
show("acquire huge timeout", lambda: lock.acquire(timeout=1e300))
show("Semaphore(-1)", lambda: threading.Semaphore(-1))
cond = threading.Condition()
show("wait without lock", cond.wait)
show("notify without lock", cond.notify)
show("notify_all without lock", cond.notify_all)
show("queue get negative timeout", lambda: queue.Queue().get(timeout=-1))
show("event wait negative", lambda: print("   ", threading.Event().wait(-1)))
show("Timer without function", lambda: threading.Timer(1))
show("Thread target not callable", lambda: threading.Thread(target=3).run())
show("local with args", lambda: threading.local(1))
show("RLock with args", lambda: threading.RLock(1))
show("setting ident", lambda: setattr(t, "ident", 5))
show("join current thread", threading.current_thread().join)
show("main_thread join from main", threading.main_thread().join)
show("Semaphore acquire non-blocking with timeout", lambda: threading.Semaphore(0).acquire(False, 1))
