# bounded and joinable queue faults: Queue(maxsize=2) put with a timeout / put_nowait raising
# queue.Full, a child blocked in put until the parent gets; get(timeout) / get_nowait on an
# empty queue raising queue.Empty; a closed queue refusing put and get; JoinableQueue
# task_done too many times, join returning once a child has done every task
import multiprocessing as mp
import queue
import time


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).split(" at 0x")[0])


def filler(q, n, out):
    for i in range(n):
        q.put(i)
    out.put("filler put all %d" % n)


def consumer(jq, out):
    while True:
        item = jq.get(timeout=10)
        if item is None:
            jq.task_done()
            break
        out.put(item * 2)
        jq.task_done()


if __name__ == '__main__':
    q = mp.Queue(maxsize=2)
    q.put("a")
    q.put("b")
    time.sleep(0.1)
    print("full:", q.full(), "qsize:", q.qsize(), "empty:", q.empty())
    try_call("put(timeout=0.1)", q.put, "c", True, 0.1)
    try_call("put_nowait", q.put_nowait, "c")
    try_call("put(block=False)", q.put, "c", False)
    print("get", q.get(timeout=10))
    q.put("c", timeout=1)
    print("get", q.get(timeout=10), q.get(timeout=10))
    try_call("get(timeout=0.1) empty", q.get, True, 0.1)
    try_call("get_nowait empty", q.get_nowait)
    try_call("get(block=False)", q.get, False)

    out = mp.Queue()
    p = mp.Process(target=filler, args=(q, 6, out))
    p.start()
    time.sleep(0.2)
    try_call("filler blocked, out empty", out.get, True, 0.1)
    got = [q.get(timeout=10) for _ in range(6)]
    print("drained", got, out.get(timeout=10))
    p.join()
    print("filler exitcode", p.exitcode)

    q.close()
    try_call("put on closed", q.put, 1)
    try_call("get on closed", q.get)
    q.join_thread()
    try_call("join_thread on open queue", mp.Queue().join_thread)

    jq = mp.JoinableQueue()
    try_call("task_done with nothing put", jq.task_done)
    jq.put(1)
    print("got", jq.get(timeout=10))
    jq.task_done()
    try_call("task_done once too often", jq.task_done)
    jq.join()  # nothing unfinished: returns at once
    p = mp.Process(target=consumer, args=(jq, out))
    p.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print("joined; results", sorted(out.get(timeout=10) for _ in range(5)))
    p.join()
    print("consumer exitcode", p.exitcode)
    try_call("Queue(maxsize=-3) put_nowait", mp.Queue(-3).put_nowait, 1)
