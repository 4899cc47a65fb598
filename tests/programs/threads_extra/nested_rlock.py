# RLock lets the owner re-acquire: recursive functions and methods calling each other
import threading

class Inventory:
    def __init__(self):
        self.lock = threading.RLock()
        self.items = {}

    def add(self, name, n=1):
        with self.lock:
            self.items[name] = self.items.get(name, 0) + n

    def add_many(self, names):
        with self.lock:
            for n in names:
                self.add(n)

    def transfer_all(self, other):
        with self.lock:
            with other.lock:
                for k, v in self.items.items():
                    other.add(k, v)
                self.items.clear()

inv = Inventory()
def stock(k):
    for _ in range(100):
        inv.add_many(["apple", "pear", "fig%d" % (k % 2)])
ts = [threading.Thread(target=stock, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(inv.items.items()))
other = Inventory()
inv.transfer_all(other)
print("moved:", sorted(other.items.items()), "left:", inv.items)

lock = threading.RLock()
def depth(n):
    with lock:
        return 0 if n == 0 else 1 + depth(n - 1)
print("depth", depth(50))

r = threading.RLock()
r.acquire(); r.acquire(); r.acquire()
print(repr(r).split(" object")[0], "count" in repr(r))
r.release(); r.release(); r.release()
print(repr(r).split(" object")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

held = threading.Event()
done = threading.Event()
outcome = []
def holder():
    r.acquire()
    held.set()
    done.wait()
    r.release()
def thief():
    held.wait()
    try:
        r.release()
    except RuntimeError as e:
        outcome.append(str(e))
    outcome.append(r.acquire(blocking=False))
    done.set()
h = threading.Thread(target=holder); x = threading.Thread(target=thief)
h.start(); x.start(); h.join(); x.join()
print(outcome)
