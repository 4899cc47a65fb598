# Lock/RLock acquire() with every kind of wrong blocking/timeout argument
import threading
import _thread

def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for kind in ("Lock", "RLock"):
    lk = getattr(threading, kind)()
    def attempt(*a, **k):
        r = lk.acquire(*a, **k)
        if r:
            lk.release()
        return r
    print("==", kind)
    show("timeout str", lambda: attempt(timeout="1"))
    show("timeout None", lambda: attempt(timeout=None))
    show("timeout list", lambda: attempt(timeout=[]))
    show("timeout -1", lambda: attempt(timeout=-1))
    show("timeout -1.0", lambda: attempt(timeout=-1.0))
    show("timeout -0.5", lambda: attempt(timeout=-0.5))
    show("timeout 0", lambda: attempt(timeout=0))
    show("timeout True", lambda: attempt(timeout=True))
    show("timeout nan", lambda: attempt(timeout=float("nan")))
    show("timeout inf", lambda: attempt(timeout=float("inf")))
    show("blocking 0 timeout 0", lambda: attempt(0, 0))
    show("blocking False timeout -1", lambda: attempt(False, -1))
    show("positional 3", lambda: attempt(True, 1, 2))
    show("bad kw", lambda: attempt(wait=1))
    show("blocking kw", lambda: attempt(blocking=False))
    show("both kw", lambda: attempt(blocking=True, timeout=0.01))
