import threading
import queue

counter = 0
lock = threading.Lock()
def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
results = [None] * 5
def square(i):
    results[i] = i * i
ts = [threading.Thread(target=square, args=(i,), name=f"sq-{i}") for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, ts[0].name, ts[0].is_alive())
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 10)
pt = threading.Thread(target=producer)
ct = threading.Thread(target=consumer)
pt.start(); ct.start(); pt.join(); ct.join()
print(out, q.empty(), q.qsize())
lq = queue.LifoQueue()
for v in "abc":
    lq.put(v)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for v in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(v)
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty raised")
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put_nowait(2)
except queue.Full:
    print("Full raised", bq.full())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
ev = threading.Event()
print(ev.is_set()); ev.set(); print(ev.is_set(), ev.wait(0.1))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
class Worker(threading.Thread):
    def __init__(self, k):
        super().__init__()
        self.k = k
        self.res = None
    def run(self):
        self.res = sum(range(self.k))
w = Worker(100); w.start(); w.join(); print(w.res)
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False)); lock.release(); print(lock.locked())
local = threading.local()
local.x = 1
def setx():
    local.x = 2
t = threading.Thread(target=setx); t.start(); t.join(); print(local.x)
