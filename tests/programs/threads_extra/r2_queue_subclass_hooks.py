# Queue subclass overriding _init/_qsize/_put/_get: a ring with dedup and a logging LIFO
import queue
import threading

class DedupQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)
    def _get(self):
        return self.queue.pop(0)

q = DedupQueue()
for x in (1, 2, 1, 3, 2, 4):
    q.put(x)
print(q.qsize(), q.unfinished_tasks)
print([q.get() for _ in range(q.qsize())])
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty though unfinished", q.unfinished_tasks)

class LoggingLifo(queue.LifoQueue):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def _put(self, item):
        self.log.append(("put", item))
        super()._put(item)
    def _get(self):
        item = super()._get()
        self.log.append(("get", item))
        return item

lq = LoggingLifo(2)
lq.put("a"); lq.put("b")
try:
    lq.put("c", block=False)
except queue.Full:
    pass
print(lq.get(), lq.get())
print(lq.log)

class BadGet(queue.Queue):
    def _get(self):
        raise KeyError("broken _get")
bq = BadGet()
bq.put(1)
try:
    bq.get()
except KeyError as e:
    print("KeyError", e, bq.qsize())
bq.mutex.acquire(False) and (print("mutex released after error"), bq.mutex.release())

total = []
tq = DedupQueue()
def prod(base):
    for i in range(100):
        tq.put(base + i % 50)
ts = [threading.Thread(target=prod, args=(b,)) for b in (0, 25, 1000)]
for t in ts: t.start()
for t in ts: t.join()
print(tq.qsize(), tq.unfinished_tasks)
