# _thread.RLock: reentrant acquire, release count, ownership checks, with-statement
import _thread

r = _thread.RLock()
print(type(r).__name__)
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with ok")

# another thread cannot take a held RLock, and cannot release it
r.acquire()
out = []
done = _thread.allocate_lock()
done.acquire()
def other():
    out.append(r.acquire(blocking=False))
    out.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    done.release()
_thread.start_new_thread(other, ())
done.acquire()
print(out)
r.release()

# once released, the other thread can take it
out.clear()
def taker():
    out.append(r.acquire(blocking=False))
    r.release()
    done.release()
_thread.start_new_thread(taker, ())
done.acquire()
print(out)
try:
    r.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
