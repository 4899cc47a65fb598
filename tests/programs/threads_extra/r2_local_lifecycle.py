# a local created inside a thread, referenced after the thread ended; per-thread values vanish
import threading

holder = []
def creator():
    l = threading.local()
    l.v = "inner"
    holder.append(l)
t = threading.Thread(target=creator); t.start(); t.join()
loc = holder[0]
print(hasattr(loc, "v"))
loc.v = "main"
print(loc.v)

shared = threading.local()
vals = []
lock = threading.Lock()
def setter(i):
    shared.v = i
    shared.lst = [i] * i
    with lock:
        vals.append((shared.v, len(shared.lst)))
for round_ in range(3):
    ts = [threading.Thread(target=setter, args=(i,)) for i in range(4)]
    for x in ts: x.start()
    for x in ts: x.join()
print(sorted(vals))
print(hasattr(shared, "v"))
seen = []
def check():
    seen.append(hasattr(shared, "v"))
t = threading.Thread(target=check); t.start(); t.join()
print(seen)

class Counter(threading.local):
    created = 0
    def __init__(self):
        Counter.created += 1
        self.n = 0
c = Counter()
def bump():
    for _ in range(5):
        c.n += 1
    with lock:
        vals.append(("n", c.n))
ts = [threading.Thread(target=bump) for _ in range(4)]
for x in ts: x.start()
for x in ts: x.join()
print(Counter.created, c.n, vals[-4:])
