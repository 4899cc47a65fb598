# what "with X as v" binds for the threading primitives, and what __exit__ returns
import threading

for label, prim in [("Lock", threading.Lock()), ("RLock", threading.RLock()),
                    ("Condition", threading.Condition()), ("Semaphore", threading.Semaphore()),
                    ("BoundedSemaphore", threading.BoundedSemaphore())]:
    with prim as v:
        print(label, "as ->", repr(v))
    print(label, "has __enter__/__exit__:", hasattr(prim, "__enter__"), hasattr(prim, "__exit__"))

lock = threading.Lock()
def f():
    with lock:
        return "returned from inside with"
print(f(), lock.locked())

def g():
    for i in range(3):
        with lock:
            if i == 1:
                break
    return lock.locked()
print("break releases:", g())

def h():
    with lock:
        try:
            raise ValueError("inner")
        finally:
            print("finally inside with, locked:", lock.locked())
try:
    h()
except ValueError as e:
    print("caught", e, "locked:", lock.locked())

e = threading.Event()
try:
    with e:
        pass
except (AttributeError, TypeError) as err:
    print("Event is not a context manager:", type(err).__name__)
