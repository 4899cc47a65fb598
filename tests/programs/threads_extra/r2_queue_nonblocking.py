# Queue put/get with block=False, timeouts of many types, negative timeouts, Full/Empty classes
import queue

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", repr(str(e)))

q = queue.Queue(maxsize=2)
show("put 1", lambda: q.put(1, False))
show("put 2", lambda: q.put(2, block=False, timeout=-5))
show("put full nowait", lambda: q.put_nowait(3))
show("put full timeout 0", lambda: q.put(3, timeout=0))
show("put full timeout 0.01", lambda: q.put(3, True, 0.01))
show("put full timeout -1", lambda: q.put(3, timeout=-1))
show("put timeout str", lambda: q.put(3, timeout="1"))
show("full", q.full)
show("get", lambda: q.get(False))
show("get", lambda: q.get(timeout=0))
show("get empty nowait", q.get_nowait)
show("get empty timeout -0.0", lambda: q.get(timeout=-0.0))
show("get empty timeout 0.01", lambda: q.get(timeout=0.01))
show("get empty block False timeout -3", lambda: q.get(False, -3))
show("empty", q.empty)
show("Full is Exception", lambda: issubclass(queue.Full, Exception))
show("Empty bases", lambda: queue.Empty.__bases__)
show("Full bases", lambda: queue.Full.__bases__)
show("Queue(0).full", lambda: queue.Queue(0).full())
show("Queue(-3).full", lambda: queue.Queue(-3).full())
q2 = queue.Queue(-3)
for i in range(5):
    q2.put_nowait(i)
show("negative maxsize qsize", q2.qsize)
show("Queue(maxsize='a')", lambda: queue.Queue("a").full())
