import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release()
s.release()
s.release()
print("plain semaphore over-release ok")
print(s._value)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

s3 = threading.Semaphore(0)
s3.release(3)
print(s3._value)

active = 0
peak = 0
guard = threading.Lock()
limit = threading.BoundedSemaphore(3)
gate = threading.Barrier(10)

def work():
    global active, peak
    gate.wait()
    with limit:
        with guard:
            active += 1
            peak = max(peak, active)
        for _ in range(2000):
            pass
        with guard:
            active -= 1

ts = [threading.Thread(target=work) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak <= 3, "active:", active)
print(type(b).__name__, type(s).__name__)
