# locks as context managers: released even when the block raises
import threading

lock = threading.Lock()
print("initially locked:", lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("oops")
except KeyError as e:
    print("caught", repr(e), "locked:", lock.locked())

print("enter returns:", lock.__enter__())
print("locked:", lock.locked())
print("exit returns:", lock.__exit__(None, None, None))
print("non-blocking acquire:", lock.acquire(False), lock.acquire(False))
lock.release()

def try_from_other_thread(l):
    out = []
    t = threading.Thread(target=lambda: out.append(l.acquire(timeout=0.02)))
    t.start(); t.join()
    return out[0]

with lock:
    print("other thread can acquire while held:", try_from_other_thread(lock))
print("other thread can acquire when free:", try_from_other_thread(lock))
print("still held after that thread ended:", lock.locked())
lock.release()

# a plain Lock may be released by a different thread (unlike RLock)
l2 = threading.Lock()
l2.acquire()
t = threading.Thread(target=l2.release)
t.start(); t.join()
print("released by another thread:", not l2.locked())

sem = threading.Semaphore(2)
with sem:
    with sem:
        print("semaphore exhausted:", not sem.acquire(blocking=False))
print("semaphore back:", sem.acquire(blocking=False), sem.acquire(blocking=False))
cond = threading.Condition(threading.Lock())
with cond:
    print("condition lock held:", cond._is_owned() if hasattr(cond, "_is_owned") else True)
print(repr(lock).split(" object")[0])
lock.acquire()
print(repr(lock).split(" object")[0])
print(type(lock).__name__, type(threading.RLock()).__name__)
