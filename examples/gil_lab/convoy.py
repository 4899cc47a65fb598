"""The convoy effect: one CPU-bound thread makes an I/O-bound thread's every reply slow.

Why it exists: an I/O-bound thread spends almost all its time blocked in a system call,
with the GIL released. But every time the call returns, the thread must take the GIL back
before it can run even one bytecode, and if a CPU-bound thread is holding it, the I/O
thread waits. Under Python 3's GIL it waits until the switch interval (5 ms) runs out
and the holder is made to drop the GIL, so each blocking call costs about 5 ms, whatever
the device's own speed. David Beazley reported it as the convoy effect (Python issue
7946, 2010), after the scheduling term for short jobs stuck in a line behind a long one.

The experiment: the program forks an echo child (os.fork, two os.pipe pipes); the child
writes back every byte it reads and exits on end of file, and the parent reaps it with
os.waitpid. A thread sends small messages and times each round trip, first alone, then
while a second thread spins a CPU-bound loop. Every round trip has two GIL releases (the
write and the read), so expect a few ms per message beside the CPU thread, against a few
tens of microseconds alone.

What to look for: mean and max latency in ms, and the ratio: a few hundred times under
Python 3.11, where each round trip costs about one or two 5 ms switch intervals. Python
2.7 (the old GIL) does far better here: its CPU thread lets go of the GIL every 100 ticks,
a few microseconds apart, so the returning I/O thread soon wins one of the races for it
(the old GIL's failure is CPU threads fighting each other, see countdown.py). The new
GIL of 3.2 traded this latency for fairness between CPU-bound threads. With gilpy,
compare `-X gil=1` (latencies near multiples of 5 ms) with `-X gil=legacy`, and look at
the I/O thread's lane in `-X gil-timeline`: short bursts of holding, each after a wait.
Measure on an otherwise idle machine: when other programs keep the cores busy, the CPU
thread is slow to wake up each time the I/O thread lets go of the GIL, the I/O thread
often gets its echo and takes the GIL back before the CPU thread has run at all, and the
effect shrinks or vanishes from one run to the next.

How to run it (optional arguments: the number of messages, default 200, and a delay in ms
before each echo, default 0). A delay of 1 ms plays a slower device: the CPU thread then
always has time to take the GIL while the I/O thread waits, so the effect shows even on a
busy machine, as a smaller but steady ratio (about 1.1 ms alone against 6 to 9 ms beside
the CPU thread under Python 3.11; no change under Python 2.7 or -X gil=legacy):

    ./target/release/gilpy examples/gil_lab/convoy.py [MESSAGES [DELAY_MS]]
    ./target/release/gilpy -X gil=legacy -X gil-timeline=convoy.svg examples/gil_lab/convoy.py
    python3 examples/gil_lab/convoy.py [MESSAGES [DELAY_MS]]
    $(PYENV_VERSION=2.7.18 pyenv which python) examples/gil_lab/convoy.py [MESSAGES [DELAY_MS]]

Needs os.fork, so POSIX only. Written in the common subset of Python 2.7 and 3. Timings vary.
"""
from __future__ import print_function

import os
import sys
import threading
import time

from gil_summary import print_gil_summary  # prints nothing outside gilpy

try:
    clock = time.perf_counter
except AttributeError:  # Python 2.7
    clock = time.time

DEFAULT_MESSAGES = 200
MESSAGE = b"ping-0123456789"


def echo_child(from_parent, to_parent, delay):
    """Runs in the forked child: echo everything back, stop at end of file."""
    while True:
        data = os.read(from_parent, 4096)
        if not data:
            break
        if delay:
            time.sleep(delay)  # a slower "device": gives the CPU thread time to take the GIL
        while data:
            written = os.write(to_parent, data)
            data = data[written:]
    os._exit(0)


def start_echo_child(delay):
    down_r, down_w = os.pipe()  # parent -> child
    up_r, up_w = os.pipe()      # child -> parent
    pid = os.fork()
    if pid == 0:
        os.close(down_w)
        os.close(up_r)
        echo_child(down_r, up_w, delay)  # never returns
    os.close(down_r)
    os.close(up_w)
    return pid, down_w, up_r


def round_trips(to_child, from_child, messages, latencies):
    """The I/O-bound thread: send a message, wait for its echo, time it."""
    for _ in range(messages):
        start = clock()
        os.write(to_child, MESSAGE)
        got = b""
        while len(got) < len(MESSAGE):
            chunk = os.read(from_child, len(MESSAGE) - len(got))
            if not chunk:
                raise RuntimeError("echo child went away")
            got += chunk
        latencies.append(clock() - start)
        if got != MESSAGE:
            raise RuntimeError("echo child sent back %r" % (got,))


def spin(stop, counter):
    """The CPU-bound thread: count until told to stop."""
    n = 0
    while not stop:
        n += 1
    counter.append(n)


def measure(to_child, from_child, messages, with_cpu_thread):
    latencies = []
    stop = []
    counter = []
    io_name = "io-beside" if with_cpu_thread else "io-alone"
    io_thread = threading.Thread(target=round_trips, name=io_name,
                                 args=(to_child, from_child, messages, latencies))
    cpu_thread = threading.Thread(target=spin, name="cpu", args=(stop, counter))
    if with_cpu_thread:
        cpu_thread.start()
        time.sleep(0.05)  # let it get going and take the GIL
    start = clock()
    io_thread.start()
    io_thread.join()
    took = clock() - start
    if with_cpu_thread:
        stop.append(True)
        cpu_thread.join()
    return latencies, took


def report(label, latencies, took):
    mean = sum(latencies) / len(latencies)
    print("%-24s mean %8.3f ms   max %8.3f ms   (%d messages in %.2fs)"
          % (label, mean * 1000.0, max(latencies) * 1000.0, len(latencies), took))
    return mean


def main():
    messages = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_MESSAGES
    delay_ms = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    # Fork before any thread exists: the child needs none of them.
    pid, to_child, from_child = start_echo_child(delay_ms / 1000.0)
    try:
        alone, alone_took = measure(to_child, from_child, messages, False)
        beside, beside_took = measure(to_child, from_child, messages, True)
    finally:
        os.close(to_child)  # end of file for the child
        os.waitpid(pid, 0)
        os.close(from_child)
    print("round trips of %d bytes through pipes to an echo child (echo delay %.1f ms)"
          % (len(MESSAGE), delay_ms))
    mean_alone = report("I/O thread alone:", alone, alone_took)
    mean_beside = report("beside a CPU thread:", beside, beside_took)
    print("slow-down of the mean:   %.0fx" % (mean_beside / mean_alone))
    print_gil_summary()


if __name__ == "__main__":
    main()
