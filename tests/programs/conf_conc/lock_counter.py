import threading
import sys

counter = 0
lock = threading.Lock()

def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

old = sys.getswitchinterval()
sys.setswitchinterval(1e-5)
threads = [threading.Thread(target=inc, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
sys.setswitchinterval(old)
print("counter:", counter)
print("interval restored:", sys.getswitchinterval() == old)
print(lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
print(type(lock).__name__)
