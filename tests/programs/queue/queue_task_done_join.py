# Queue.task_done / join: producer with worker threads; join returns once every item is done
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
            results.append(item * 10)
        q.task_done()

workers = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
for i in range(20):
    q.put(i)
q.join()                       # all 20 items processed, workers still alive
print(len(results), sorted(results)[:5], sum(results))
print(all(w.is_alive() for w in workers))
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print(q.unfinished_tasks, q.empty(), any(w.is_alive() for w in workers))

# join on a queue with no unfinished tasks returns at once
fresh = queue.Queue()
fresh.join()
print("empty join returned")

# unfinished_tasks counts puts minus task_done calls, not items in the queue
fresh.put("a")
fresh.put("b")
fresh.get()
print(fresh.unfinished_tasks, fresh.qsize())
fresh.task_done()
fresh.get()
fresh.task_done()
print(fresh.unfinished_tasks)
fresh.join()
print("joined")
