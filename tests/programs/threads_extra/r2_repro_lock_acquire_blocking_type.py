# CPython 3.11 parses acquire(blocking) as a C int: non-integers raise TypeError
import threading
for lk in (threading.Lock(), threading.RLock()):
    for b in ("yes", None, 1.5, [1]):
        try:
            r = lk.acquire(b)
            lk.release()
            print(type(lk).__name__, repr(b), "->", r)
        except TypeError as e:
            print(type(lk).__name__, repr(b), "-> TypeError:", e)
