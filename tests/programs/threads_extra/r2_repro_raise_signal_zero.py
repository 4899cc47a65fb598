# CPython 3.11 signal.raise_signal does no range check: raise(0) succeeds, raise(-1) gives OSError EINVAL
import signal
for n in (0, -1, 1000):
    try:
        print(n, signal.raise_signal(n))
    except Exception as e:
        print(n, type(e).__name__ + ":", e)
