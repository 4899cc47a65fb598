# queue.Empty and queue.Full: where they are raised, their types, timeouts and argument errors
import queue

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)

q = queue.Queue(maxsize=1)
for what, fn in [("get_nowait", q.get_nowait),
                 ("get block=False", lambda: q.get(block=False)),
                 ("get timeout", lambda: q.get(timeout=0.01)),
                 ("get timeout=0", lambda: q.get(True, 0))]:
    try:
        fn()
    except queue.Empty as e:
        print(what, "-> Empty", repr(e), repr(str(e)))

q.put("only")
for what, fn in [("put_nowait", lambda: q.put_nowait(1)),
                 ("put block=False", lambda: q.put(1, block=False)),
                 ("put timeout", lambda: q.put(1, timeout=0.01)),
                 ("put timeout=0", lambda: q.put(1, True, 0))]:
    try:
        fn()
    except queue.Full as e:
        print(what, "-> Full", repr(e))
print(q.get(), q.qsize())

# block=False ignores the timeout
try:
    q.get(False, 10)
except queue.Empty:
    print("non-blocking get with timeout -> Empty")

for what, fn in [("get", lambda: q.get(timeout=-1)), ("put", lambda: q.put(1, timeout=-0.5))]:
    try:
        fn()
    except ValueError as e:
        print(what, "negative timeout -> ValueError:", e)

# the other queue kinds raise the same exceptions
for cls in (queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    try:
        cls().get_nowait()
    except queue.Empty:
        print(cls.__name__, "Empty")
lq = queue.LifoQueue(1)
lq.put(0)
try:
    lq.put_nowait(1)
except queue.Full:
    print("LifoQueue Full")
