# queue.LifoQueue: last in first out, maxsize, nowait variants
import queue

s = queue.LifoQueue()
for i in range(5):
    s.put(i)
print(s.qsize(), [s.get() for _ in range(5)], s.empty())

s.put("a")
s.put("b")
print(s.get_nowait())
s.put("c")
print(s.get(), s.get(), s.empty())

b = queue.LifoQueue(maxsize=3)
for x in "xyz":
    b.put_nowait(x)
print(b.full(), b.qsize())
try:
    b.put("w", timeout=0.01)
except queue.Full:
    print("Full")
print("".join(b.get() for _ in range(3)))
print(isinstance(b, queue.Queue))
