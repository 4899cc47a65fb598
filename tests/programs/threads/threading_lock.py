# threading.Lock: acquire/release, blocking=False, timeout, locked(), with, contention between threads
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(blocking=False), lock.acquire(timeout=0.02))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with lock as got:
    print("with gives", got, lock.locked())
print(lock.locked())

# a Lock is not reentrant: the owner cannot take it again
lock.acquire()
print("second acquire by owner:", lock.acquire(False))
lock.release()

# another thread waits for the lock until it is released
events = []
holding = threading.Event()
def contender():
    holding.wait()
    events.append("contender trying")
    got = lock.acquire(timeout=0.02)
    events.append(f"timed attempt {got}")
    with lock:
        events.append("contender has lock")

t = threading.Thread(target=contender)
lock.acquire()
t.start()
holding.set()
while len(events) < 2:          # wait until the timed attempt has failed
    t.join(0.01)
events.append("main releasing")
lock.release()
t.join()
print(events)

for kw in ({"timeout": -5}, {"blocking": False, "timeout": 0.5}):
    try:
        lock.acquire(**kw)
    except ValueError as e:
        print("ValueError:", e)
print(lock.acquire(True, -1), lock.locked())
lock.release()
