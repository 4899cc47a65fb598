# pushing 40,000 items through a Queue with 2 producers and 2 consumers: nothing lost
import threading
import queue

q = queue.Queue(maxsize=100)
N = 10000
totals = [0, 0]
counts = [0, 0]

def producer(base):
    for i in range(N):
        q.put(base + i)

def consumer(idx):
    while True:
        item = q.get()
        if item is None:
            return
        totals[idx] += item
        counts[idx] += 1

ps = [threading.Thread(target=producer, args=(k * N,)) for k in range(4)]
cs = [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
q.put(None); q.put(None)
for t in cs:
    t.join()
print("items:", sum(counts))
print("sum:", sum(totals), "expected:", sum(range(4 * N)))
print("both consumers worked:", all(c > 0 for c in counts))
