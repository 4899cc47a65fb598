# thread-safe lazy singleton with double-checked locking: the constructor runs once
import threading

class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        Config.created += 1
        self.values = {"debug": False, "workers": 4}

    @classmethod
    def get(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance

start = threading.Event()
got = []
def user():
    start.wait()
    got.append(Config.get())
ts = [threading.Thread(target=user) for _ in range(10)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join()
print("constructor ran:", Config.created)
print("all same object:", all(g is got[0] for g in got), len(got))
print(Config.get().values)

cache = {}
cache_lock = threading.Lock()
computed = []
def expensive(key):
    computed.append(key)
    return key * 10
def memo(key):
    with cache_lock:
        if key not in cache:
            cache[key] = expensive(key)
        return cache[key]
outs = []
def caller(k):
    outs.append(memo(k % 3))
cs = [threading.Thread(target=caller, args=(i,)) for i in range(12)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print("computed once each:", sorted(computed), sorted(set(outs)))
