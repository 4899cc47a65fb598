# PriorityQueue with (priority, seq, task) tuples: lowest number first, ties by insertion order
import threading
import queue

pq = queue.PriorityQueue()
seq = 0
for prio, task in [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "answer pager"),
                   (5, "lunch"), (2, "update deps")]:
    pq.put((prio, seq, task))
    seq += 1

order = []
def worker():
    while True:
        try:
            prio, s, task = pq.get_nowait()
        except queue.Empty:
            return
        order.append((prio, s, task))

# single worker keeps the order observable
w = threading.Thread(target=worker)
w.start(); w.join()
for item in order:
    print(item)

pq2 = queue.PriorityQueue()
def producer(base):
    for i in range(50):
        pq2.put((base + i * 3) % 97)
ps = [threading.Thread(target=producer, args=(k,)) for k in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
drained = [pq2.get() for _ in range(pq2.qsize())]
print("drained sorted:", drained == sorted(drained), len(drained))

bad = queue.PriorityQueue()
bad.put({"a": 1})
try:
    bad.put({"b": 2})
except TypeError as e:
    print("TypeError:", e)
print("size after failed put:", bad.qsize())

class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p < other.p
jq = queue.PriorityQueue()
for p, n in [(2, "b"), (0, "z"), (1, "m")]:
    jq.put(Job(p, n))
print([jq.get().name for _ in range(3)])
