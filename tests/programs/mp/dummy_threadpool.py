# multiprocessing.dummy (the multiprocessing interface on threads) and ThreadPool: map,
# terminate from a with block, dummy processes, queues and pipes; a ProcessPoolExecutor shut
# down with cancel_futures right after submitting still runs the first call
import multiprocessing.dummy as md
from multiprocessing.pool import ThreadPool
from concurrent.futures import ProcessPoolExecutor
import time


def square(x):
    return x * x


def sleeper(t):
    time.sleep(t)
    return t


def worker(q, n):
    q.put(n * 10)


if __name__ == '__main__':
    with md.Pool(3) as p:
        print(p.map(square, range(6)))
    with ThreadPool(2) as tp:
        print(sorted(tp.imap_unordered(square, [3, 1, 2])))
    tp = ThreadPool(2)
    tp.terminate()
    tp.join()
    print("terminated")
    q = md.Queue()
    ps = [md.Process(target=worker, args=(q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(3)), [p.exitcode for p in ps], md.active_children())
    a, b = md.Pipe()
    a.send("over the dummy pipe")
    print(b.poll(), b.recv(), b.poll())
    v = md.Value('i', 5)
    v.value += 1
    print(v.value)
    ex = ProcessPoolExecutor(1)
    fs = [ex.submit(sleeper, 0.05) for _ in range(5)]
    ex.shutdown(wait=True, cancel_futures=True)
    print("first ran:", not fs[0].cancelled(), fs[0].result(), "last cancelled:", fs[-1].cancelled())
