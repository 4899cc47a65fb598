# terminate() while the pool is busy: big task arguments still being written to the
# workers' queue (the pipe is full), results of slow tasks pending, an imap being consumed;
# terminate() and the join() after it return promptly and the pending results never
# become ready; the with-statement does the same on an exception
import multiprocessing as mp
import time


def slow_len(b):
    time.sleep(0.2)
    return len(b)


def nap(x):
    time.sleep(x)
    return x


if __name__ == '__main__':
    t0 = time.monotonic()
    pool = mp.Pool(2)
    big = [b"x" * 400000] * 30
    r = pool.map_async(slow_len, big, chunksize=1)
    time.sleep(0.3)
    pool.terminate()
    pool.join()
    print("big-args map: ready", r.ready())

    pool = mp.Pool(2)
    rs = [pool.apply_async(nap, (0.1 * i,)) for i in range(6)]
    print("first results:", rs[0].get(10), rs[1].get(10))
    pool.terminate()
    pool.join()
    print("after terminate, still pending:", sum(not r.ready() for r in rs) >= 2)

    try:
        with mp.Pool(2) as pool:
            it = pool.imap(nap, [0.05, 0.05, 5, 5])
            print("imap:", next(it), next(it))
            raise RuntimeError("leave the with block")
    except RuntimeError as e:
        print("with-block exited:", e)
    pool.join()
    print("prompt:", time.monotonic() - t0 < 8)
