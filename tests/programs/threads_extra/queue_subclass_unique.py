# subclassing queue.Queue by overriding _init/_put/_get/_qsize: a queue that drops duplicates
import threading
import queue

class UniqueQueue(queue.Queue):
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

uq = UniqueQueue()
def crawler(links):
    for link in links:
        uq.put(link)
pages = [["/a", "/b", "/c"], ["/b", "/c", "/d"], ["/a", "/e"]]
ts = [threading.Thread(target=crawler, args=(p,)) for p in pages]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("unique links:", uq.qsize())
got = sorted(uq.get_nowait() for _ in range(uq.qsize()))
print(got)
print("unfinished tasks counts every put:", uq.unfinished_tasks)

class Stackish(queue.Queue):
    def _get(self):
        return self.queue.pop()
s = Stackish()
for i in range(4):
    s.put(i)
print([s.get() for _ in range(4)])
print("queue attribute type:", type(queue.Queue().queue).__name__, type(queue.LifoQueue().queue).__name__,
      type(queue.PriorityQueue().queue).__name__)
