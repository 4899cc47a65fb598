# The forkserver start method: processes get their arguments, queues, pipes, shared values
# and locks through pickling (the server forks them, not this process), report exit codes,
# can be terminated, and run Pool and ProcessPoolExecutor work.
import multiprocessing as mp
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def work(q, n):
    q.put((n, sum(range(n)), mp.current_process().name))


def fails():
    sys.stderr = open(os.devnull, "w")
    raise ValueError("child failed")


def exits(code):
    sys.exit(code)


def sq(x):
    return x * x


def through_pipe(conn):
    msg = conn.recv()
    conn.send(("got", msg, mp.parent_process() is not None))
    conn.close()


def add_shared(v, arr, lock, ev):
    with lock:
        v.value += 1
        for i in range(len(arr)):
            arr[i] += i
    ev.set()


if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    print("methods:", mp.get_all_start_methods())
    print("context:", type(ctx).__name__, ctx.get_start_method())
    q = ctx.Queue()
    ps = [ctx.Process(target=work, args=(q, n), name="worker-%d" % n) for n in (10, 100, 1000)]
    for p in ps:
        p.start()
    print(sorted(q.get(timeout=30) for _ in ps))
    for p in ps:
        p.join()
    print("exit codes:", [p.exitcode for p in ps], [p.is_alive() for p in ps])

    p = ctx.Process(target=fails)
    p.start()
    p.join()
    print("failed child:", p.exitcode)
    codes = []
    for c in (0, 3, "text"):
        p = ctx.Process(target=exits, args=(c,))
        p.start()
        p.join()
        codes.append(p.exitcode)
    print("sys.exit codes:", codes)

    p = ctx.Process(target=time.sleep, args=(30,))
    p.start()
    p.terminate()
    p.join()
    print("terminated:", p.exitcode)

    a, b = ctx.Pipe()
    p = ctx.Process(target=through_pipe, args=(b,))
    p.start()
    a.send([1, 2, 3])
    print("pipe:", a.recv())
    p.join()

    v = ctx.Value("i", 0)
    arr = ctx.Array("d", [0.0] * 4)
    lock = ctx.Lock()
    ev = ctx.Event()
    ps = [ctx.Process(target=add_shared, args=(v, arr, lock, ev)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("shared:", v.value, list(arr), ev.is_set())

    with ctx.Pool(2) as pool:
        print("pool:", pool.map(sq, range(8)))
        print("apply:", pool.apply(sq, (12,)))
    with ProcessPoolExecutor(2, mp_context=ctx) as ex:
        print("executor:", list(ex.map(sq, range(5))))
    q.close()
    q.join_thread()
