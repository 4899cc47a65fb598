import threading

lock = threading.Lock()
rlock = threading.RLock()

def risky(n):
    with lock:
        if n == 2:
            raise ValueError("inside lock")
        return n

for i in range(4):
    try:
        print(risky(i), lock.locked())
    except ValueError as e:
        print("caught", e, "locked after:", lock.locked())

got = []
def try_take(l, timeout):
    got.append(l.acquire(timeout=timeout))
    if got[-1]:
        l.release()

lock.acquire()
t = threading.Thread(target=try_take, args=(lock, 0.05))
t.start(); t.join()
lock.release()
t = threading.Thread(target=try_take, args=(lock, 0.05))
t.start(); t.join()
print(got)

with rlock:
    try:
        with rlock:
            raise KeyError("nested")
    except KeyError:
        print("nested released, still owned:", rlock._is_owned())
print("owned after:", rlock._is_owned())
import pickle
for obj in (lock, rlock, threading.Event()):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
