# multiprocessing.Queue: put/get across processes, get(timeout) raising queue.Empty,
# maxsize with qsize/empty/full, put_nowait/get_nowait, queue.Full, close/join_thread
import multiprocessing as mp
import queue


def strip_addr(s):
    # drop every " at 0x<hex digits>" (object addresses)
    out = ""
    while True:
        i = s.find(" at 0x")
        if i < 0:
            return out + s
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        if j == i + 6:
            out += s[:j]
        else:
            out += s[:i]
        s = s[j:]


def square_worker(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        outq.put((item, item * item))
    outq.put("done")


def try_call(label, f, *args, **kw):
    try:
        print(label, "->", f(*args, **kw))
    except Exception as e:
        print(label, "->", type(e).__name__, repr(strip_addr(str(e))))


if __name__ == '__main__':
    inq, outq = mp.Queue(), mp.Queue()
    p = mp.Process(target=square_worker, args=(inq, outq))
    p.start()
    for i in range(6):
        inq.put(i)
    inq.put(None)
    res = []
    while True:
        item = outq.get(timeout=10)
        if item == "done":
            break
        res.append(item)
    p.join()
    print("results", res, "exitcode", p.exitcode)
    try_call("get timeout", outq.get, timeout=0.05)
    try_call("get_nowait empty", outq.get_nowait)
    try_call("get block=False", outq.get, False)
    try:
        outq.get(timeout=0.01)
    except queue.Empty:
        print("caught as queue.Empty")

    q = mp.Queue(maxsize=2)
    print("empty", q.empty(), "full", q.full(), "qsize", q.qsize())
    q.put("a")
    q.put_nowait({"b": 2})
    print("full", q.full(), "qsize", q.qsize())
    try_call("put_nowait full", q.put_nowait, "c")
    try_call("put timeout full", q.put, "c", timeout=0.05)
    try_call("put block=False", q.put, "c", False)
    print(q.get(), q.get(timeout=5))
    print("empty", q.empty(), "qsize", q.qsize())
    q.close()
    q.join_thread()
    try_call("put after close", q.put, 1)
    try_call("get after close", q.get)
    try_call("maxsize 0 means unbounded", lambda: mp.Queue(0).full())
    inq.close(); inq.join_thread()
    outq.close(); outq.join_thread()
    print("end")
