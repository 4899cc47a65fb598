# multiprocessing.pool.ThreadPool (same API, threads) vs Pool (processes): same results, with-statement exit.
import time
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


def slow_square(x):
    time.sleep(0.01)
    return x * x


def add(a, b):
    return a + b


if __name__ == '__main__':
    data = list(range(12))
    with ThreadPool(4) as tp:
        t_map = tp.map(slow_square, data)
        t_star = tp.starmap(add, [(i, i) for i in range(5)])
        t_unord = sorted(tp.imap_unordered(slow_square, data))
        t_async = tp.apply_async(add, (2, 3)).get(5)
    print("thread pool map:", t_map)
    print("thread pool starmap:", t_star)
    print("thread pool unordered sorted == map:", t_unord == t_map)
    print("thread pool apply_async:", t_async)
    with Pool(2) as pp:
        p_map = pp.map(slow_square, data)
    print("process pool matches thread pool:", p_map == t_map)
    tp = ThreadPool(2)
    print("close/join style:", tp.starmap(add, [(1, 3), (2, 4)]))
    tp.close()
    tp.join()
    print("done")
