# task_done called more times than items were put raises ValueError
import queue

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.unfinished_tasks)

q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.unfinished_tasks)

# task_done without a get is allowed as long as the count stays >= 0
q.put(2)
q.task_done()
print(q.unfinished_tasks, q.qsize())
q.join()
print("join returns although an item is still queued:", q.get_nowait())

for cls in (queue.LifoQueue, queue.PriorityQueue):
    c = cls()
    c.put(3)
    c.task_done()
    try:
        c.task_done()
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
