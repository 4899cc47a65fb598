# Collection under the GIL while several threads build cycles: every cycle is found once,
# every finalizer runs once, nothing crashes, and the totals are exact.
import gc
import threading

finalized = []
lock = threading.Lock()


class Link:
    def __init__(self, owner):
        self.owner = owner
        self.peer = None

    def __del__(self):
        with lock:
            finalized.append(self.owner)


def worker(name, n):
    for i in range(n):
        a = Link(name)
        b = Link(name)
        a.peer = b
        b.peer = a
        if i % 500 == 0:
            gc.collect(0)


threads = [threading.Thread(target=worker, args=("t%d" % k, 3000)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
counts = {}
for owner in finalized:
    counts[owner] = counts.get(owner, 0) + 1
print(sorted(counts.items()))
print("total:", len(finalized))
print("garbage:", gc.garbage)
