# A loop that builds and drops a million small cycles stays within a fixed memory ceiling:
# the collector runs by itself (thresholds) and frees them; acyclic garbage needs no
# collection at all. Peak memory is read from /proc (Linux), so only the verdicts print.
import gc


def peak_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None


deleted = 0


class Counted:
    def __del__(self):
        global deleted
        deleted += 1


def make_cycles(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.other = b
        b.other = a


start = peak_kib()
make_cycles(200_000)
after_small = peak_kib()
make_cycles(1_000_000)
after_big = peak_kib()
# five times the work, yet the peak barely moves: garbage does not accumulate
print("peak grew by less than 32 MiB:", after_big - start < 32 * 1024)
print("five times more cycles, peak within 8 MiB:", after_big - after_small < 8 * 1024)
print("automatic collections happened:", gc.get_stats()[0]["collections"] > 0)


def make_garbage(n):
    for i in range(n):
        lst = [i, [i]]
        d = {"k": lst}
        del lst, d


gc.collect()
before = [s["collections"] for s in gc.get_stats()]
make_garbage(300_000)
after = [s["collections"] for s in gc.get_stats()]
print("acyclic garbage needed no collection:", before == after)

# cycles with finalizers are finalized by automatic collections too
for i in range(20_000):
    c = Counted()
    c.me = c
del c
gc.collect()
print("finalizers run:", deleted)
