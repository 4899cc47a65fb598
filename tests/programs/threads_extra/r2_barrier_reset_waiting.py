# Barrier.reset() while parties are waiting: they get BrokenBarrierError; the barrier is reusable
import threading
import time

b = threading.Barrier(3)
out = []
lock = threading.Lock()
def party(i):
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        out.append((i, r))
ts = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.005)
b.reset()
for t in ts: t.join()
print(sorted(out), b.broken, b.n_waiting)
out.clear()
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
out.clear()
ts = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in ts: t.start()
while b.n_waiting < 2:
    time.sleep(0.005)
b.abort()
for t in ts: t.join()
print(sorted(out), b.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it", b2.broken)
try:
    threading.Barrier(2).wait("x")
except TypeError as e:
    print("TypeError:", type(e).__name__)
