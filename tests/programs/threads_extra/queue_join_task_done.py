# queue.join() blocks until every item has been marked done with task_done()
import threading
import queue

q = queue.Queue()
processed = []
plock = threading.Lock()

def worker():
    while True:
        item = q.get()
        with plock:
            processed.append(item.upper())
        q.task_done()

for i in range(3):
    threading.Thread(target=worker, daemon=True, name="w%d" % i).start()

for word in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
    q.put(word)
print("unfinished before join:", q.unfinished_tasks > 0 or len(processed) == 6)
q.join()
print("processed:", sorted(processed))
print("unfinished after join:", q.unfinished_tasks)

for word in ["eta", "theta"]:
    q.put(word)
q.join()
print("second batch:", sorted(processed)[-3:], len(processed))

extra = queue.Queue()
try:
    extra.task_done()
except ValueError as e:
    print("ValueError:", e)
extra.put(1)
extra.get()
extra.task_done()
extra.join()
print("join on finished queue returns at once")
