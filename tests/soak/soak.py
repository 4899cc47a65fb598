"""The soak test (issue 10): threads, queues, a process pool and collector churn for a
given time, watching the interpreter's memory. Usage: gilpy tests/soak/soak.py [SECONDS]

Every round: four threads take work from a queue and put results on another, a process
pool maps a batch, and cyclic garbage (with finalizers and weak references) is made and
left to the collector. At the end it prints the rounds done, the work checked, and the
resident memory (VmRSS) after the first tenth of the time, at its peak and at the end.
"""
import gc
import multiprocessing
import queue
import sys
import threading
import time
import weakref


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Node:
    finalized = 0

    def __init__(self, n):
        self.n = n
        self.peer = None
        self.payload = [n] * 8

    def __del__(self):
        Node.finalized += 1


def churn(k):
    # rings of nodes: only the collector frees them
    keep = []
    for i in range(k):
        a, b, c = Node(i), Node(i + 1), Node(i + 2)
        a.peer, b.peer, c.peer = b, c, a
        keep.append(weakref.ref(a))
    return keep


def square_sum(n):
    return sum(i * i for i in range(n))


def thread_worker(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        d = {i: str(i) for i in range(item)}
        results.put(sum(len(v) for v in d.values()))
        tasks.task_done()


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 600.0
    start = time.monotonic()
    deadline = start + seconds
    tasks, results = queue.Queue(maxsize=64), queue.Queue()
    threads = [threading.Thread(target=thread_worker, args=(tasks, results)) for _ in range(4)]
    for t in threads:
        t.start()
    rounds = checked = 0
    early = peak = None
    with multiprocessing.Pool(2) as pool:
        while time.monotonic() < deadline:
            for n in range(1, 200):
                tasks.put(n)
            tasks.join()
            got = 0
            while not results.empty():
                got += results.get()
            expected = sum(sum(len(str(i)) for i in range(n)) for n in range(1, 200))
            assert got == expected, (got, expected)
            out = pool.map(square_sum, range(50))
            assert out == [square_sum(i) for i in range(50)]
            refs = churn(200)
            if rounds % 10 == 0:
                gc.collect()
                assert all(r() is None for r in refs)
            checked += 1
            rounds += 1
            rss = rss_kb()
            peak = max(peak or 0, rss)
            if early is None and time.monotonic() - start >= seconds / 10:
                early = rss
    for _ in threads:
        tasks.put(None)
    for t in threads:
        t.join()
    end = rss_kb()
    print("rounds", rounds, "checked", checked, "finalized", Node.finalized > 0)
    print("rss_kb early", early, "peak", peak, "end", end)


if __name__ == "__main__":
    main()
