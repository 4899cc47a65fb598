# SimpleQueue: put_nowait/get_nowait, block/timeout args, unsupported attributes, threads
import queue
import threading

sq = queue.SimpleQueue()
def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", repr(str(e)))

show("put_nowait", lambda: sq.put_nowait(1))
show("put block False", lambda: sq.put(2, block=False))
show("put timeout", lambda: sq.put(3, timeout=-1))
show("qsize", sq.qsize)
show("get_nowait", sq.get_nowait)
show("get False", lambda: sq.get(False))
show("get timeout 0", lambda: sq.get(timeout=0))
show("get_nowait empty", sq.get_nowait)
show("get timeout -1", lambda: sq.get(timeout=-1))
show("get timeout 0.01", lambda: sq.get(timeout=0.01))
show("empty", sq.empty)
res = []
lock = threading.Lock()
def consumer():
    while True:
        x = sq.get()
        if x is None:
            break
        with lock:
            res.append(x)
ts = [threading.Thread(target=consumer) for _ in range(3)]
for t in ts: t.start()
for i in range(300):
    sq.put(i)
for t in ts: sq.put(None)
for t in ts: t.join()
print(len(res), sum(res), sq.empty())
