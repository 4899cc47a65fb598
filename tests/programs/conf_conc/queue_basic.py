import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(3)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty on timeout", repr(e))

lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put_nowait(2)
print(bq.full(), bq.maxsize)
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full raised")
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full on timeout")
try:
    bq.put(3, block=False)
except queue.Full as e:
    print("Full type", type(e).__name__, issubclass(queue.Full, Exception))
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty())
try:
    bq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
