# Semaphore and BoundedSemaphore: counting, non-blocking/timeout acquire, release(n), limits
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(2)                     # release(n) adds n
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release(5)                     # a plain Semaphore can go above its start value
print(sum(s.acquire(False) for _ in range(7)))

z = threading.Semaphore(0)
print("zero:", z.acquire(False), z.acquire(timeout=0))
default = threading.Semaphore()
print("default one:", default.acquire(False), default.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("release(3) ValueError:", e)
print("after failed release(3):", b.acquire(False))
b.release(2)

for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1.0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# a semaphore limits how many threads are inside at once
limit = threading.BoundedSemaphore(3)
guard = threading.Lock()
inside = 0
peak = 0
def worker():
    global inside, peak
    with limit:
        with guard:
            inside += 1
            peak = max(peak, inside)
        for _ in range(2000):
            pass
        with guard:
            inside -= 1
threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 3:", peak <= 3, "inside now:", inside)
