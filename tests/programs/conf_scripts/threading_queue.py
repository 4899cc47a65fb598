import threading
import queue

counter = 0
lock = threading.Lock()

def add_many(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add_many, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

q = queue.Queue()
results = []
res_lock = threading.Lock()

def worker(wid):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with res_lock:
            results.append(item * item)
        q.task_done()

ws = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
for i in range(10):
    q.put(i)
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print(sorted(results), q.empty(), q.qsize())

class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.RLock()
    def deposit(self, x):
        with self.lock:
            with self.lock:
                self.balance += x
acct = Account()
ts = [threading.Thread(target=acct.deposit, args=(i,)) for i in range(10)]
[t.start() for t in ts]
[t.join() for t in ts]
print(acct.balance)
ev = threading.Event()
out = []
def waiter():
    ev.wait()
    out.append("released")
t = threading.Thread(target=waiter)
t.start()
out.append("setting")
ev.set()
t.join()
print(out, ev.is_set())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 2]:
    lq.put(v)
    pq.put((v, f"task{v}"))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty queue")
print(threading.current_thread().name, threading.active_count())
