# docs-style: queue worker thread with task_done/join, then stop via None
import threading, queue

q = queue.Queue()
done = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            done.append(f"Working on {item}")
        q.task_done()

t = threading.Thread(target=worker, daemon=True)
t.start()
for item in range(30):
    q.put(item)
q.join()
print("All work completed", len(done))
print(done[0], done[-1])
q.put(None)
q.join()
t.join()
print(q.empty(), q.qsize(), q.unfinished_tasks)
