# queue: constructor/argument errors, timeout types, PriorityQueue with unorderable items,
# maxsize <= 0, task accounting with a worker pool, a timed get that a producer satisfies
import queue
import threading

q = queue.Queue(-3)
for i in range(5):
    q.put_nowait(i)
print(q.maxsize, q.full(), q.qsize(), q.unfinished_tasks)
print(type(q.mutex).__name__, type(q.not_empty).__name__, q.not_empty._lock is q.mutex if hasattr(q.not_empty, '_lock') else True)
print(queue.Queue(0).put(1, timeout=-1))  # unbounded: the timeout is never looked at

bounded = queue.Queue(1)
bounded.put("x")
for t in ['x', None]:
    try:
        bounded.put(1, timeout=t) if t is not None else bounded.put(1, block=False)
    except (TypeError, queue.Full) as e:
        print(type(e).__name__, e)

sq = queue.SimpleQueue()
for call in [lambda: queue.SimpleQueue(1), lambda: queue.SimpleQueue(maxsize=1),
             lambda: sq.put(), lambda: sq.put(1, 2, 3, 4), lambda: sq.get(timeout=-1),
             lambda: sq.get(timeout='x'), lambda: sq.get(timeout=0),
             lambda: sq.get(block=False, timeout=-1), lambda: sq.get_nowait()]:
    try:
        print(call())
    except (TypeError, ValueError, queue.Empty) as e:
        print(type(e).__name__, e)
sq.put(item="kw")
sq.put(2, False, 5)
print(sq.get(True, 0), sq.get(timeout=1), sq.empty(), sq.qsize())
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[tuple])

pq = queue.PriorityQueue()
pq.put((2, "b"))
pq.put((1, "a"))
try:
    pq.put((1, {"not": "orderable"}))
except TypeError as e:
    print("TypeError", e)
print(pq.qsize(), pq.unfinished_tasks, [pq.get_nowait() for _ in range(pq.qsize())])

# join on a queue whose tasks are all done returns at once; one task_done too many fails
done = queue.Queue()
done.join()
done.put(1)
done.get()
done.task_done()
done.join()
try:
    done.task_done()
except ValueError as e:
    print("ValueError", e)

# a pool of workers; join waits for all task_done calls
work = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put(item * item)
        work.task_done()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for n in range(20):
    work.put(n)
work.join()
print(work.unfinished_tasks, sorted(results.get() for _ in range(results.qsize())))
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print(work.empty(), work.unfinished_tasks)

# a get with a timeout, satisfied by a producer that starts later
box = queue.Queue(maxsize=1)
ready = threading.Event()


def producer():
    ready.wait()
    box.put("late item")


threading.Thread(target=producer).start()
ready.set()
print(box.get(timeout=5))
box.put(1)
try:
    box.put(2, timeout=0.05)
except queue.Full:
    print("Full after timeout", box.qsize())
