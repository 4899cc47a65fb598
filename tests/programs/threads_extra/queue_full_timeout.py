# a bounded Queue: put() with a timeout raises queue.Full, get() with a timeout raises queue.Empty
import threading
import queue

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
print("full:", q.full(), "size:", q.qsize(), "maxsize:", q.maxsize)
try:
    q.put("c", timeout=0.05)
except queue.Full as e:
    print("put timed out:", type(e).__name__, repr(e))
try:
    q.put("c", block=False)
except queue.Full:
    print("put_nowait-style raised Full")
print(q.get(), q.get())
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("get timed out:", type(e).__name__, repr(e))
try:
    q.put("x", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)

# a slow consumer lets a blocked producer continue
q2 = queue.Queue(maxsize=1)
q2.put(0)
status = []
def producer():
    try:
        q2.put(1, timeout=2)
        status.append("put ok")
    except queue.Full:
        status.append("put failed")
t = threading.Thread(target=producer)
t.start()
print("consumer took", q2.get())
t.join()
print(status, "now holds", q2.get_nowait())
print("Full is Exception:", issubclass(queue.Full, Exception), "Empty:", issubclass(queue.Empty, Exception))
print("zero maxsize means unbounded:", queue.Queue(0).full(), queue.Queue(-5).full())
