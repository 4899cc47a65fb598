# threading: return values of timed waits on Condition, Semaphore, Event, Lock, Barrier
import threading, queue

c = threading.Condition()
with c:
    print("cond.wait:", c.wait(0.01))
    print("cond.wait_for:", c.wait_for(lambda: 0, 0.01), c.wait_for(lambda: "yes", 0.01))
s = threading.Semaphore(1)
print("sem:", s.acquire(timeout=0.01), s.acquire(timeout=0.01), s.acquire(False))
s.release(2)
print("sem after release(2):", s._value)
lk = threading.Lock()
print("lock:", lk.acquire(), lk.acquire(timeout=0.01), lk.acquire(blocking=False))
e = threading.Event()
print("event:", e.wait(0.01), e.wait(0))
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("barrier broken:", b.broken)
q = queue.Queue(1)
q.put(1)
try:
    q.put(2, timeout=0.01)
except queue.Full:
    print("Full", q.full(), q.qsize())
print(repr(s)[:30].split(" at ")[0], repr(lk).split(" object")[0])
