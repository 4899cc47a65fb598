# SimpleQueue: an unbounded FIFO without task tracking, safe from several threads
import threading
import queue

sq = queue.SimpleQueue()
print("empty:", sq.empty(), "size:", sq.qsize())
sq.put("x")
sq.put_nowait("y")
print("get:", sq.get(), sq.get_nowait())
try:
    sq.get(timeout=0.01)
except queue.Empty as e:
    print("Empty:", type(e).__name__, repr(str(e)))
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty on non-blocking get")
print("has task_done:", hasattr(sq, "task_done"), "has join:", hasattr(sq, "join"))

results = queue.SimpleQueue()
def square_all(nums):
    for n in nums:
        results.put(n * n)
ts = [threading.Thread(target=square_all, args=(range(k, 300, 3),)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = []
while not results.empty():
    got.append(results.get())
print("count", len(got), "sum", sum(got))

waiter_got = []
def waiter():
    waiter_got.append(sq.get(timeout=5))
w = threading.Thread(target=waiter)
w.start()
sq.put("wake up")
w.join()
print("waiter got:", waiter_got)
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
