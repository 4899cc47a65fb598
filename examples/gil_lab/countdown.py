"""David Beazley's countdown: two CPU-bound threads are no faster than one after the other.

Why it exists: this is the experiment from Beazley's talks on the GIL ("Inside the Python
GIL", 2009, and "Understanding the Python GIL", 2010). A bare loop, `while n > 0: n -= 1`,
is run twice one after the other, and then in two threads at once. Each thread does the
FULL count, so both halves of the experiment do exactly the same work (two full counts).

What to look for:
- threads / sequential is about 1.0 under Python 3's GIL (a little more for the hand-overs):
  only one thread runs bytecode at a time, so two threads cannot beat one after the other;
- under Python 2.7 (the old GIL, released and re-requested every 100 ticks) the threaded
  run is often clearly SLOWER than sequential on a multicore machine: the thread that just
  released the GIL usually takes it straight back while the other core's thread wakes up
  too late, and the two fight over the lock;
- with gilpy, `-X gil=legacy` reproduces the old GIL and `-X gil=1` the modern one; the
  summary from gil.stats() shows how much each thread spent holding and waiting, and how
  often it had the GIL taken away (forced drops) or gave it up itself.

How to run it (the optional argument is the count, default 8000000):

    ./target/release/gilpy examples/gil_lab/countdown.py [COUNT]
    ./target/release/gilpy -X gil=legacy examples/gil_lab/countdown.py [COUNT]
    ./target/release/gilpy -X gil=1 -X gil-timeline=countdown.svg examples/gil_lab/countdown.py
    python3 examples/gil_lab/countdown.py [COUNT]
    $(PYENV_VERSION=2.7.18 pyenv which python) examples/gil_lab/countdown.py [COUNT]

The program is written in the common subset of Python 2.7 and 3 (no f-strings, print with
one string argument), so the same file runs on all three interpreters. Timings vary.
"""
from __future__ import print_function

import sys
import threading
import time

from gil_summary import print_gil_summary  # prints nothing outside gilpy

try:
    clock = time.perf_counter
except AttributeError:  # Python 2.7
    clock = time.time

DEFAULT_COUNT = 8000000


def interpreter():
    impl = getattr(sys, "implementation", None)  # Python 2.7 has none
    name = impl.name if impl is not None else "cpython"
    return "%s %d.%d.%d" % ((name,) + tuple(sys.version_info[:3]))


def countdown(n):
    while n > 0:
        n -= 1


def sequential(count):
    start = clock()
    countdown(count)
    countdown(count)
    return clock() - start


def threaded(count):
    workers = [threading.Thread(target=countdown, args=(count,), name="count-%d" % (k + 1))
               for k in range(2)]
    start = clock()
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return clock() - start


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_COUNT
    print("countdown of %d on %s" % (count, interpreter()))
    seq = sequential(count)
    print("%-30s %6.2fs" % ("sequential, count twice:", seq))
    thr = threaded(count)
    print("%-30s %6.2fs" % ("2 threads, each a full count:", thr))
    print("%-30s %6.2fx (1.0 = no gain; above 1 = the GIL fight costs)"
          % ("threads / sequential:", thr / seq))
    print_gil_summary()


if __name__ == "__main__":
    main()
