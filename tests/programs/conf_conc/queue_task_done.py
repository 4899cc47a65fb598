import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()
print("all tasks done:", sorted(results))
print("unfinished:", q.unfinished_tasks)
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print("workers finished", q.empty())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

bounded = queue.Queue(maxsize=3)
produced = []
def producer():
    for i in range(10):
        bounded.put(i)
        produced.append(i)
    bounded.put(None)

t = threading.Thread(target=producer)
t.start()
got = []
while True:
    x = bounded.get()
    if x is None:
        break
    got.append(x)
t.join()
print(got, produced == got)
