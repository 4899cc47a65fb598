# queue.SimpleQueue: unbounded FIFO, put never blocks, get with block/timeout, no task tracking
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in range(4):
    sq.put(x)
sq.put_nowait("n")
sq.put("t", block=False, timeout=5)      # block/timeout are accepted and ignored
print(sq.qsize(), sq.empty())
print([sq.get() for _ in range(6)])
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "maxsize"))

# get blocks until another thread puts
out = []
def consumer():
    for _ in range(3):
        out.append(sq.get())
t = threading.Thread(target=consumer)
t.start()
for word in ("one", "two", "three"):
    sq.put(word)
t.join()
print(out)

# several producers, one consumer: every item arrives once
def producer(base):
    for i in range(100):
        sq.put(base + i)
ps = [threading.Thread(target=producer, args=(k * 100,)) for k in range(4)]
for p in ps:
    p.start()
got = [sq.get(timeout=30) for _ in range(400)]
for p in ps:
    p.join()
print(len(got), sorted(got) == list(range(400)), sq.empty())
