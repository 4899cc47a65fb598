# queue.Queue: FIFO order, qsize/empty/full, maxsize, put/get with block and timeout
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for x in ["a", "b", 3, None, (1, 2)]:
    q.put(x)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
print(q.empty())

# put/get keyword forms and the nowait variants
q.put("k", block=True, timeout=1)
q.put_nowait("n")
print(q.get(block=False), q.get_nowait(), q.qsize())

b = queue.Queue(maxsize=2)
b.put(1)
b.put(2)
print(b.maxsize, b.qsize(), b.full(), b.empty())
print(b.get(), b.full())
b.put(3, timeout=0.01)
print([b.get(timeout=0.01), b.get(False)])

# maxsize <= 0 means unbounded
for size in (0, -1):
    u = queue.Queue(size)
    for i in range(1000):
        u.put_nowait(i)
    print(size, u.qsize(), u.full())

# subclasses can hook _put/_get (the hooks used by LifoQueue and PriorityQueue)
class Doubling(queue.Queue):
    def _put(self, item):
        super()._put(item * 2)
d = Doubling()
d.put(5)
d.put("ab")
print(d.get(), d.get())
