# docs-style: subclassing Thread and overriding run(), results via attributes
import threading

class Summer(threading.Thread):
    def __init__(self, lo, hi, name):
        super().__init__(name=name)
        self.lo, self.hi = lo, hi
        self.result = None
    def run(self):
        self.result = sum(range(self.lo, self.hi))

ts = [Summer(i * 1000, (i + 1) * 1000, f"summer-{i}") for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for t in ts:
    print(f"{t.name:>10}: {t.result:>8,} alive={t.is_alive()}")
print("total", sum(t.result for t in ts), sum(range(4000)))
print(ts[0].daemon, ts[0].ident is not None, isinstance(ts[0].native_id, int))
