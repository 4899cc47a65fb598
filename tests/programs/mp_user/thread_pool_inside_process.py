# Each worker process runs its own ThreadPoolExecutor and a threading.Lock-protected tally.
import multiprocessing as mp
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def io_task(x):
    time.sleep(0.01)
    return x * 3


def process_job(batch):
    tally = {"n": 0}
    lock = threading.Lock()

    def wrapped(x):
        r = io_task(x)
        with lock:
            tally["n"] += 1
        return r

    with ThreadPoolExecutor(max_workers=4) as ex:
        out = list(ex.map(wrapped, batch))
    return batch[0], out, tally["n"], threading.active_count() >= 1


if __name__ == '__main__':
    batches = [list(range(k * 8, k * 8 + 8)) for k in range(4)]
    with mp.Pool(2) as pool:
        res = sorted(pool.map(process_job, batches))
    for first, out, n, ok in res:
        print(first, out, n, ok)
    print("flat equals sequential:", [x for _, out, _, _ in res for x in out] == [x * 3 for x in range(32)])

    q = mp.Queue()

    def runner(q, batch):
        q.put(process_job(batch))

    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=runner, args=(q, b)) for b in batches[:2]]
    for p in procs:
        p.start()
    got = sorted(q.get(timeout=10) for _ in procs)
    for p in procs:
        p.join()
    print("fork ctx results:", [(g[0], sum(g[1])) for g in got])
