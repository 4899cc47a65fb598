# threading: error messages for common misuse
import threading, _thread

def f(): pass
t = threading.Thread(target=f)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("self join:", e)
lk = threading.Lock()
try:
    lk.release()
except RuntimeError as e:
    print("release:", type(e).__name__, e)
rl = threading.RLock()
try:
    rl.release()
except RuntimeError as e:
    print("rlock release:", e)
print(_thread.error is RuntimeError, _thread.LockType is type(lk))
try:
    lk.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    queue_mod = __import__("queue")
    queue_mod.Queue().get(timeout=-1)
except ValueError as e:
    print("queue ValueError:", e)
print(threading.TIMEOUT_MAX > 1e6)
