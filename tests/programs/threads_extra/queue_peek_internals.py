# peeking at queue internals the way tutorials do: q.queue, q.mutex and the heap layout
import threading
import queue

q = queue.Queue()
for x in "abc":
    q.put(x)
print("deque contents:", list(q.queue), type(q.queue).__name__)
print("mutex type:", type(q.mutex).__name__, "conditions:", type(q.not_empty).__name__,
      type(q.not_full).__name__, type(q.all_tasks_done).__name__)
print("shared lock:", q.not_empty._lock is q.mutex, q.not_full._lock is q.mutex)

pq = queue.PriorityQueue()
for x in [5, 3, 8, 1, 9, 2, 7]:
    pq.put(x)
print("heap layout:", pq.queue)
pq.get()
print("after get:", pq.queue)

lq = queue.LifoQueue()
for x in range(4):
    lq.put(x)
print("lifo list:", lq.queue)

with q.mutex:
    print("peek first under the lock:", q.queue[0])
    q.queue.clear()
print("cleared by hand, qsize:", q.qsize(), "unfinished:", q.unfinished_tasks)

h = pq.queue
print("heap property holds:", all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
