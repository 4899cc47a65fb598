"""The lecture's example 3.1 with the work split four ways: one loop, 4 threads, 4 processes.

Why it exists: the lecture's example 3.1 gives every thread and every process the WHOLE
loop, so its threads take about four times one loop. The picture the lecture meant is the
one here: the same N additions done once in one thread, then split into four quarters run
by four threads, then by four processes (multiprocessing).

What to look for:
- 4 threads / one loop is about 1: the quarters take turns on the one GIL, so splitting
  the work over threads gains nothing for pure-Python CPU-bound code;
- 4 processes / one loop is about 1 / min(4, cores) plus the cost of starting processes
  (about 0.5 on this 2-core machine): each process has its own interpreter and its own GIL;
- with gilpy, the gil.stats() summary of the threaded run shows the four workers each
  holding the GIL about a quarter of the time and waiting for it the rest; under
  `-X gil=1` it changes hands by forced drops every 5 ms, under `-X gil=legacy` each
  holder releases and re-requests it every 100 ticks and the OS picks who gets it next.
  (The process run is not in the table: each child has its own GIL.)

How to run it (optional argument: N, default 15000000):

    ./target/release/gilpy examples/gil_lab/split4.py [N]
    ./target/release/gilpy -X gil=legacy -X gil-timeline=split4.svg examples/gil_lab/split4.py
    python3 examples/gil_lab/split4.py [N]

All three runs must print the same sum. Timings vary.
"""

import multiprocessing
import os
import sys
import threading
import time

from gil_summary import print_gil_summary  # prints nothing outside gilpy

WORKERS = 4


def add_up(lo, hi):
    total = 0
    for i in range(lo, hi):
        total += i
    return total


def thread_worker(lo, hi, results, slot):
    results[slot] = add_up(lo, hi)


def process_worker(lo, hi, queue):
    queue.put(add_up(lo, hi))


def quarters(n):
    step = n // WORKERS
    bounds = [k * step for k in range(WORKERS)] + [n]
    return list(zip(bounds, bounds[1:]))


def one_loop(n):
    start = time.perf_counter()
    total = add_up(0, n)
    return time.perf_counter() - start, total


def four_threads(n):
    results = [0] * WORKERS
    workers = [threading.Thread(target=thread_worker, name=f"quarter-{k + 1}",
                                args=(lo, hi, results, k))
               for k, (lo, hi) in enumerate(quarters(n))]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return time.perf_counter() - start, sum(results)


def four_processes(n):
    queue = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=process_worker, name=f"quarter-{k + 1}",
                                       args=(lo, hi, queue))
               for k, (lo, hi) in enumerate(quarters(n))]
    start = time.perf_counter()
    for p in workers:
        p.start()
    total = sum(queue.get() for _ in workers)  # read before join: a full pipe would block
    for p in workers:
        p.join()
    took = time.perf_counter() - start
    bad = [p.exitcode for p in workers if p.exitcode != 0]
    if bad:
        raise RuntimeError(f"worker processes failed with exit codes {bad}")
    return took, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 15_000_000
    expected = n * (n - 1) // 2
    print(f"sum of range({n}): one loop, then {WORKERS} threads and {WORKERS} processes "
          f"doing a quarter each; {os.cpu_count()} CPUs")
    rows = [("1 thread, one loop", *one_loop(n)),
            (f"{WORKERS} threads, a quarter each", *four_threads(n)),
            (f"{WORKERS} processes, a quarter each", *four_processes(n))]
    base = rows[0][1]
    for label, took, total in rows:
        check = "ok" if total == expected else f"WRONG (expected {expected})"
        print(f"{label:<30} {took:6.2f}s  {took / base:5.2f}x one loop   sum {check}")
    print_gil_summary()


if __name__ == "__main__":
    main()
