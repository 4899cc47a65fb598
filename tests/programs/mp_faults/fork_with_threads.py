# fork while other threads of the parent are running: the child must not wait for the
# parent's threads at its exit (they do not exist in the child); a Process started from a
# non-main thread; a child whose target starts a non-daemon thread (the child's exit waits
# for it) and a daemon thread (it does not); a thread busy writing to a file object and
# pickling while children are forked (the child's own I/O and pickling work)
import multiprocessing as mp
import os
import pickle
import threading
import time


def report(q, tag):
    q.put((tag, threading.current_thread().name == "MainThread" or "other",
           len(threading.enumerate())))


def child_with_threads(conn):
    # a Connection, not a Queue: a Queue's feeder thread started after the exit-time
    # finalizers have run would not be flushed
    def late(tag, delay):
        time.sleep(delay)
        conn.send(tag)
    threading.Thread(target=late, args=("non-daemon thread done", 0.5)).start()
    threading.Thread(target=late, args=("daemon thread: never", 5), daemon=True).start()


def busy(stop, f):
    n = 0
    while not stop.is_set():
        f.write("x" * 100 + "\n")
        pickle.loads(pickle.dumps({"n": n, "l": list(range(20))}))
        n += 1
        if n % 20 == 0:
            time.sleep(0.001)  # a fully GIL-bound thread makes the timing erratic (CPython too)


def child_io(q, i):
    # (a file object the busy thread writes to could be inherited with its lock held, in
    # CPython too: the child uses its own)
    with open(os.devnull, "w") as g:
        g.write("child %d\n" % i)
    q.put((i, pickle.loads(pickle.dumps([i] * 3))))


if __name__ == '__main__':
    q = mp.Queue()
    sleeper = threading.Thread(target=time.sleep, args=(0.6,))  # non-daemon, still running
    sleeper.start()
    p = mp.Process(target=report, args=(q, "forked beside a sleeping thread"))
    p.start()
    print(q.get(timeout=10))
    p.join(5)
    print("child ended without waiting for the parent's thread:", p.exitcode)

    box = []

    def starter():
        c = mp.Process(target=report, args=(q, "started from a thread"))
        c.start()
        box.append(q.get(timeout=10))
        c.join(5)
        box.append(c.exitcode)

    t = threading.Thread(target=starter)
    t.start()
    t.join()
    print(box)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=child_with_threads, args=(w,))
    p.start()
    w.close()
    p.join(0.1)
    print("child waits for its non-daemon thread:", p.exitcode)
    p.join(10)
    print(r.recv() if r.poll(10) else "nothing", "exitcode", p.exitcode)
    try:
        print("unexpected", r.recv() if r.poll(1) else "nothing")
    except EOFError as e:
        print("daemon thread's message never came:", type(e).__name__)

    stop = threading.Event()
    f = open(os.devnull, "w")
    bt = threading.Thread(target=busy, args=(stop, f))
    bt.start()
    results = []
    for i in range(15):
        c = mp.Process(target=child_io, args=(q, i))
        c.start()
        results.append(q.get(timeout=10))
        c.join(10)
        if c.exitcode != 0:
            print("child", i, "exitcode", c.exitcode)
    stop.set()
    bt.join()
    f.close()
    print("children forked beside a busy thread:", sorted(results) == [(i, [i] * 3) for i in range(15)])
    sleeper.join()
