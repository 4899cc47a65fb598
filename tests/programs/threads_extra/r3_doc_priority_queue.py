# docs-style: PriorityQueue with (priority, data) entries and a dataclass-free wrapper
import queue, threading

class Item:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Item({self.prio}, {self.name!r})"

pq = queue.PriorityQueue()
def filler(base):
    for j in range(3):
        pq.put(Item(base * 10 + j, f"t{base}-{j}"))
ts = [threading.Thread(target=filler, args=(b,)) for b in (3, 1, 2)]
for t in ts: t.start()
for t in ts: t.join()
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out)
try:
    pq.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
lq = queue.LifoQueue()
for i in range(4): lq.put(i)
print([lq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
