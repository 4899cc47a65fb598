# PriorityQueue with items that cannot be compared: TypeError messages and queue state afterwards
import queue

class Job:
    def __init__(self, n):
        self.n = n

pq = queue.PriorityQueue()
pq.put((1, "a"))
for item in ((1, Job(1)), Job(2), "str", None, {1: 2}):
    try:
        pq.put(item)
        print("put ok", type(item).__name__)
    except TypeError as e:
        print("TypeError:", e)
print("qsize", pq.qsize(), pq.unfinished_tasks)
print(pq.queue[0], len(pq.queue))

pq2 = queue.PriorityQueue()
for x in (3, 1.5, True, 2):
    pq2.put(x)
print([pq2.get() for _ in range(4)])
pq3 = queue.PriorityQueue()
for x in ([2, 1], [1, 5], [1, 2]):
    pq3.put(x)
print([pq3.get() for _ in range(3)])
try:
    queue.PriorityQueue().put(1j) or print("single complex ok")
except TypeError as e:
    print("TypeError", e)
pq4 = queue.PriorityQueue()
pq4.put(1j)
try:
    pq4.put(2j)
except TypeError as e:
    print("TypeError:", e)
