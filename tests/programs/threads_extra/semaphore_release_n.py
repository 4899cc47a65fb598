# Semaphore.release(n) wakes several waiters at once; BoundedSemaphore checks the total
import threading

sem = threading.Semaphore(0)
entered = []
lock = threading.Lock()

def waiter(i):
    if sem.acquire(timeout=5):
        with lock:
            entered.append(i)

ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
sem.release(3)
sem.release(2)
for w in ws:
    w.join()
print("entered:", sorted(entered))
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(-1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(3)
b.acquire(); b.acquire()
b.release(2)
print("released 2 ok")
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)
print("permits left:", sum(1 for _ in range(5) if b.acquire(blocking=False)))
print("acquire timeout on empty:", threading.Semaphore(0).acquire(timeout=0.01))
print("acquire(blocking=True, timeout=0):", threading.Semaphore(0).acquire(True, 0))
