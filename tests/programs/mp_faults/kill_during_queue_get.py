# a child dies (SIGKILL, SIGTERM) while the parent is blocked in Queue.get(timeout): the
# items it flushed before arrive, then get times out with queue.Empty; the queue keeps
# working for the parent and for a new child afterwards
import multiprocessing as mp
import os
import queue
import signal
import time


def producer(q, go, sig):
    q.put("hello")
    q.put(list(range(5)))
    go.wait(10)  # the parent has both items
    time.sleep(0.1)
    os.kill(os.getpid(), sig)
    time.sleep(30)


def echo(q, out):
    out.put(("echo", q.get(timeout=10)))


if __name__ == '__main__':
    for sig in (signal.SIGKILL, signal.SIGTERM):
        q = mp.Queue()
        go = mp.Event()
        p = mp.Process(target=producer, args=(q, go, sig))
        p.start()
        print("got", q.get(timeout=10), q.get(timeout=10))
        go.set()
        try:
            print("unexpected", q.get(timeout=0.6))
        except queue.Empty as e:
            print("Empty", repr(e))
        p.join()
        print(signal.Signals(sig).name, "exitcode", p.exitcode)
        try:
            q.get_nowait()
        except queue.Empty:
            print("get_nowait: Empty")
        q.put("parent item")
        print("parent round trip:", q.get(timeout=10))
        out = mp.Queue()
        c = mp.Process(target=echo, args=(q, out))
        c.start()
        q.put("for the new child")
        print(out.get(timeout=10))
        c.join()
        print("new child exitcode", c.exitcode)
