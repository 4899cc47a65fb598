# Same CPU-bound job via threads and via processes; results equal (timings not printed).
import threading
import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def burn(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


if __name__ == '__main__':
    jobs = [20000 + 1000 * k for k in range(6)]
    seq = [burn(n) for n in jobs]
    results = [None] * len(jobs)

    def tgt(i):
        results[i] = burn(jobs[i])

    ts = [threading.Thread(target=tgt, args=(i,)) for i in range(len(jobs))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    with ThreadPoolExecutor(3) as ex:
        tp = list(ex.map(burn, jobs))
    with ProcessPoolExecutor(3) as ex:
        pp = list(ex.map(burn, jobs, chunksize=2))
    with mp.Pool(3) as pool:
        mpres = pool.map_async(burn, jobs).get(10)
    print("sequential:", seq)
    print("threads == seq:", results == seq)
    print("thread pool == seq:", tp == seq)
    print("process pool == seq:", pp == seq)
    print("mp.Pool == seq:", mpres == seq)
    print("cpu_count positive:", mp.cpu_count() > 0)
