# threading.RLock: reentrancy, release counting, non-owner release, with-statement
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r.acquire(timeout=0.01))
for _ in range(4):
    r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

def recurse(n):
    with r:
        return 1 if n == 0 else 1 + recurse(n - 1)
print("depth", recurse(20))

# held by main twice: another thread cannot acquire or release it
r.acquire()
r.acquire()
out = []
def outsider():
    out.append(r.acquire(blocking=False))
    out.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        out.append("RuntimeError: " + str(e))
t = threading.Thread(target=outsider)
t.start()
t.join()
print(out)

# releasing once is not enough: the lock is still owned by main
r.release()
out.clear()
t = threading.Thread(target=outsider)
t.start()
t.join()
print(out[:2])
r.release()

# fully released: the other thread gets it and main waits for it
inside = threading.Event()
leave = threading.Event()
def holder():
    with r:
        with r:
            inside.set()
            leave.wait()
t = threading.Thread(target=holder)
t.start()
inside.wait()
print("main acquire while held:", r.acquire(blocking=False))
leave.set()
print("main acquire after:", r.acquire(timeout=10))
r.release()
t.join()
try:
    r.acquire(timeout=-0.1)
except ValueError as e:
    print("ValueError:", e)
