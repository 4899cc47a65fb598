# producer/consumer with a Queue and one None sentinel per consumer
import threading
import queue

q = queue.Queue()
NUM_CONSUMERS = 3
consumed = []
consumed_lock = threading.Lock()

def producer(start, count):
    for i in range(start, start + count):
        q.put(i)

def consumer(name):
    mine = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with consumed_lock:
            consumed.append(item * item)
        mine += 1
        q.task_done()
    return mine

producers = [threading.Thread(target=producer, args=(k * 100, 50)) for k in range(2)]
consumers = [threading.Thread(target=consumer, args=("c%d" % k,)) for k in range(NUM_CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in range(NUM_CONSUMERS):
    q.put(None)
for t in consumers:
    t.join()
q.join()
print("consumed", len(consumed))
print("sum", sum(consumed))
print("first five", sorted(consumed)[:5])
print("queue empty", q.empty(), "size", q.qsize())
print("all consumers done", not any(t.is_alive() for t in consumers))
