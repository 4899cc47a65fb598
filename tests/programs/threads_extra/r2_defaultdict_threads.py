# defaultdict shared by threads: exact counts, factory calls, __missing__ in a subclass, repr/copy
import threading
from collections import defaultdict

calls = [0]
def factory():
    calls[0] += 1
    return 0
dd = defaultdict(factory)
lock = threading.Lock()
def work(i):
    for j in range(1000):
        with lock:
            dd[j % 10] += 1
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(dd.items()), calls[0])
lists = defaultdict(list)
def appender(i):
    for j in range(100):
        lists[i % 3].append(j)
ts = [threading.Thread(target=appender, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print({k: len(v) for k, v in sorted(lists.items())})
class Tracking(defaultdict):
    def __missing__(self, key):
        v = super().__missing__(key)
        self.missed = getattr(self, "missed", 0) + 1
        return v
tr = Tracking(int)
tr["a"] += 1; tr["a"] += 1; tr["b"]
print(dict(tr), tr.missed)
nd = defaultdict()
try:
    nd["x"]
except KeyError as e:
    print("KeyError:", e)
print(repr(defaultdict(int, {"a": 1})), repr(defaultdict(None)))
c = dd.copy()
print(type(c).__name__, c.default_factory is factory, c == dd)
print(dd.get("nope"), "nope" in dd)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
r = defaultdict(list)
r["self"] = r
print(repr(r)[:40])
print(defaultdict(int, a=1) | {"b": 2})
