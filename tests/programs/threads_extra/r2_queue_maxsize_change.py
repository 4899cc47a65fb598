# changing maxsize on a live queue, task_done too often, join with no tasks, qsize after mixed ops
import queue
import threading

q = queue.Queue(1)
q.put(1)
print(q.full())
q.maxsize = 3
print(q.full(), q.qsize())
q.put(2); q.put(3)
print(q.full())
q.maxsize = 1
print(q.full(), q.qsize())
try:
    q.put_nowait(4)
except queue.Full:
    print("Full with qsize", q.qsize())
q.maxsize = 0
q.put_nowait(4)
print(q.qsize(), q.unfinished_tasks)
items = []
while not q.empty():
    items.append(q.get())
    q.task_done()
print(items, q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.unfinished_tasks)
q.join()
print("join with no tasks returned")
e = queue.Queue()
e.join()
print("join on fresh queue returned")

# a blocked putter wakes up when maxsize is raised and a get happens
bq = queue.Queue(1)
bq.put("a")
done = []
def putter():
    bq.put("b")
    done.append("put b")
t = threading.Thread(target=putter)
t.start()
print(bq.get())
t.join()
print(done, bq.qsize(), bq.unfinished_tasks)
for i in range(5):
    bq.maxsize = 10
    bq.put(i)
    if i % 2:
        bq.get()
print(bq.qsize(), bq.unfinished_tasks)
