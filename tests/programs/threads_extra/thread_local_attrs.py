# threading.local attribute errors, deletion and independence per thread
import threading

data = threading.local()
data.x = 1
try:
    data.y
except AttributeError as e:
    print("AttributeError:", e)
del data.x
try:
    del data.x
except AttributeError as e:
    print("AttributeError on del:", e)
data.x = 10
print("has __dict__:", data.__dict__)

snapshots = []
def worker(i):
    print_missing = not hasattr(data, "x")
    data.x = i
    data.items = [i] * i
    snapshots.append((i, print_missing, data.x, len(data.items), sorted(data.__dict__)))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for s in sorted(snapshots):
    print(s)
print("main still sees", data.x, hasattr(data, "items"))
print(type(data).__name__, type(data).__module__)

class Counter(threading.local):
    count = 0
    def inc(self):
        self.count += 1
        return self.count
c = Counter()
res = []
def bump():
    for _ in range(3):
        c.inc()
    res.append(c.count)
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("each thread counted", res, "main", c.count, "class attr", Counter.count)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
