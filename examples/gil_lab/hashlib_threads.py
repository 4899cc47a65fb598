"""Threads that do their work in C without the GIL DO run in parallel: hashing big buffers.

Why it exists: the GIL serializes the running of Python bytecode, not everything a thread
does. A C function that works on its own data can release the GIL for the duration, and
hashlib does so when it hashes a large buffer (CPython: 2048 bytes or more at once).
While one thread hashes, another can hash too, on another core, so four threads hashing
four buffers take about 4 / cores of the time the same four hashes take one after the
other. Compare countdown.py and split4.py, where the work is bytecode and threads gain
nothing.

The work: sha256 over a shared buffer of SIZE MiB, ROUNDS times, in each of 4 threads;
then the same 4 x ROUNDS hashes one after the other in the main thread.

What to look for: the speedup (about 2 on this 2-core machine, about min(4, cores) in
general), the same digests both ways, and, with gilpy, the "without" column of the
gil.stats() summary: the hashing threads spend most of their life without the GIL. In
`-X gil-timeline` their lanes are mostly "without GIL", with short holds between hashes.

How to run it (optional arguments: SIZE in MiB, default 32, and ROUNDS, default 8):

    ./target/release/gilpy examples/gil_lab/hashlib_threads.py [SIZE [ROUNDS]]
    ./target/release/gilpy -X gil-timeline=hashlib.svg examples/gil_lab/hashlib_threads.py 16 2
    python3 examples/gil_lab/hashlib_threads.py [SIZE [ROUNDS]]

Timings vary.
"""

import hashlib
import os
import sys
import threading
import time

from gil_summary import print_gil_summary  # prints nothing outside gilpy

THREADS = 4


def hash_rounds(buffer, rounds, digests):
    for _ in range(rounds):
        digests.append(hashlib.sha256(buffer).hexdigest())


def sequential(buffer, rounds):
    digests = []
    start = time.perf_counter()
    for _ in range(THREADS):
        hash_rounds(buffer, rounds, digests)
    return time.perf_counter() - start, digests


def threaded(buffer, rounds):
    results = [[] for _ in range(THREADS)]
    workers = [threading.Thread(target=hash_rounds, name=f"hasher-{k + 1}",
                                args=(buffer, rounds, results[k]))
               for k in range(THREADS)]
    start = time.perf_counter()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    took = time.perf_counter() - start
    return took, [d for digests in results for d in digests]


def main():
    size_mib = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    buffer = bytes(range(256)) * (size_mib * 1024 * 1024 // 256)
    total_mib = THREADS * rounds * size_mib
    print(f"sha256 of a {size_mib} MiB buffer, {rounds} rounds in each of {THREADS} threads "
          f"({total_mib} MiB in all), {os.cpu_count()} CPUs")
    seq, seq_digests = sequential(buffer, rounds)
    print(f"{'one after the other:':<24} {seq:6.2f}s  {total_mib / seq:7.0f} MiB/s")
    thr, thr_digests = threaded(buffer, rounds)
    print(f"{f'{THREADS} threads at once:':<24} {thr:6.2f}s  {total_mib / thr:7.0f} MiB/s")
    print(f"{'speedup:':<24} {seq / thr:6.2f}x (hashlib releases the GIL for big buffers)")
    same = sorted(seq_digests) == sorted(thr_digests)
    print(f"digests agree: {same} ({seq_digests[0][:16]}...)")
    print_gil_summary()


if __name__ == "__main__":
    main()
