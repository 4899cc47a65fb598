# Condition over a duck-typed lock (acquire/release only): fallbacks for _is_owned/_release_save
import threading
class DuckLock:
    def __init__(self):
        self.inner = threading.Lock()
        self.log = []
    def acquire(self, *a):
        self.log.append(("acq", a))
        return self.inner.acquire(*a)
    def release(self):
        self.log.append("rel")
        self.inner.release()
    __enter__ = acquire
    def __exit__(self, *a):
        self.release()
dl = DuckLock()
c = threading.Condition(dl)
print(c._is_owned())
with c:
    print(c._is_owned())
    print(c.wait(0.01))
    c.notify()
print(dl.log)
class Minimal:
    def acquire(self, blocking=True, timeout=-1): return True
    def release(self): pass
c2 = threading.Condition(Minimal())
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError", e)
print(c2._is_owned())
try:
    threading.Condition(object())
except AttributeError as e:
    print("AttributeError:", e)
c3 = threading.Condition(threading.RLock())
print(hasattr(c3, "_release_save"), hasattr(c3, "_is_owned"))
