# threading.local subclasses with properties, class attributes and __init__ args re-run per thread
import threading

class Slotted(threading.local):
    def __init__(self, v):
        self.a = v
        self.b = v * 2

class WithProp(threading.local):
    klass = "shared"
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10

s = Slotted(1)
p = WithProp()
p.x = 4
res = {}
lock = threading.Lock()
def worker(i):
    out = []
    out.append((s.a, s.b))
    s.a = i
    out.append(s.a)
    out.append(p.x)
    p.x = i
    out.append(p.x)
    out.append(p.klass)
    try:
        del p.x
    except AttributeError as e:
        out.append("AttributeError: " + str(e))
    with lock:
        res[i] = out
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(res):
    print(k, res[k])
print("main", s.a, s.b, p.x, p.klass)
WithProp.klass = "changed"
t = threading.Thread(target=lambda: res.setdefault("k", p.klass)); t.start(); t.join()
print(res["k"])
try:
    threading.local(x=1)
except TypeError as e:
    print("TypeError:", e)

class Kw(threading.local):
    def __init__(self, *a, **k):
        self.a = a
        self.k = k
kw = Kw(1, 2, z=3)
got = []
t = threading.Thread(target=lambda: got.append((kw.a, kw.k))); t.start(); t.join()
print(got)
