import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
order = []
lock = threading.Lock()

def waiter(i):
    ev.wait()
    with lock:
        order.append(i)

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
print("before set:", order)
ev.set()
for t in ts:
    t.join()
print("after set:", sorted(order), ev.is_set(), ev.wait())
ev.clear()
print("cleared:", ev.is_set())

b = threading.Barrier(3, action=lambda: print("barrier action ran"))
idx = []
def at_barrier():
    r = b.wait()
    with lock:
        idx.append(r)

ts = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("indices:", sorted(idx))
print(b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, b2.broken)
b2.reset()
print("reset:", b2.broken)
b3 = threading.Barrier(2)
b3.abort()
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("aborted barrier raises")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
