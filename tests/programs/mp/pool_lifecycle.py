# Pool lifecycle: initializer/initargs run once per worker, close/join, terminate, the
# context manager terminating on exit, "Pool not running" errors, maxtasksperchild
import multiprocessing as mp
import os
import time

TAG = None


def init(counter, tag):
    global TAG
    TAG = tag
    with counter.get_lock():
        counter.value += 1


def tagged(x):
    return (TAG, x)


def sleepy(x):
    time.sleep(5)
    return x


def pid_of(_):
    return os.getpid()


def try_call(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


if __name__ == '__main__':
    counter = mp.Value('i', 0)
    pool = mp.Pool(processes=2, initializer=init, initargs=(counter, "init-ok"))
    print(pool.map(tagged, range(4)))
    print("TAG in parent:", TAG)
    try_call("join while running", pool.join)
    pool.close()
    try_call("apply after close", pool.apply, tagged, (1,))
    try_call("map after close", pool.map, tagged, [1])
    pool.join()
    print("initializer calls:", counter.value)

    pool = mp.Pool(2)
    r = pool.apply_async(sleepy, (1,))
    t0 = time.monotonic()
    pool.terminate()
    pool.join()
    print("terminated quickly:", time.monotonic() - t0 < 3, "ready:", r.ready())
    try_call("apply after terminate", pool.apply, tagged, (1,))

    with mp.Pool(2) as p:
        res = p.apply_async(tagged, (9,))
        print("in with:", res.get(10))
    try_call("map after with", p.map, tagged, [1])

    with mp.Pool(2, maxtasksperchild=1) as p:
        pids = p.map(pid_of, range(4), chunksize=1)
    print("distinct workers with maxtasksperchild=1:", len(set(pids)))

    try_call("Pool(0)", mp.Pool, 0)
    try_call("bad initializer", mp.Pool, 1, 5)
    try_call("maxtasksperchild=0", mp.Pool, 1, None, (), 0)
    print("done")
