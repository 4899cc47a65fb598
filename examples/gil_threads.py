"""What the GIL does to CPU-bound threads, and what it does not do to sleeping ones.

Runs the same summing loop three ways: once in the main thread, in four threads that each
do the whole loop, and in four threads that each do a quarter of it. Under a GIL only one
thread runs bytecode at a time, so four full loops take about four times as long as one,
and four quarters take about as long as one whole loop. Sleeping threads overlap, because
time.sleep releases the GIL.

    ./target/release/gilpy examples/gil_threads.py      (or python3 examples/gil_threads.py)
"""

import threading
import time

N = 10_000_000


def count(lo, hi, out):
    total = 0
    for i in range(lo, hi):
        total += i
    out.append(total)


def timed(label, workers):
    out = []
    threads = [threading.Thread(target=count, args=(lo, hi, out)) for lo, hi in workers]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - start
    print(f"{label:<32} {took:6.2f}s   sum={sum(out)}")
    return took


def main():
    start = time.perf_counter()
    out = []
    count(0, N, out)
    seq = time.perf_counter() - start
    print(f"{'sequential, one loop':<32} {seq:6.2f}s   sum={sum(out)}")
    full = timed("4 threads, each the whole loop", [(0, N)] * 4)
    quarter = N // 4
    split = timed("4 threads, a quarter each", [(k * quarter, (k + 1) * quarter) for k in range(4)])
    print(f"whole-loop threads / sequential: {full / seq:.1f}x (about 4: one thread at a time)")
    print(f"quarter threads / sequential:    {split / seq:.1f}x (about 1: no speed-up either)")

    start = time.perf_counter()
    sleepers = [threading.Thread(target=time.sleep, args=(0.3,)) for _ in range(4)]
    for t in sleepers:
        t.start()
    for t in sleepers:
        t.join()
    print(f"4 threads sleeping 0.3 s each:   {time.perf_counter() - start:.2f}s (sleep releases the GIL)")


if __name__ == "__main__":
    main()
