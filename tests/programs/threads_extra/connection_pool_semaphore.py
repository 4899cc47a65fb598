# a connection pool: a Semaphore limits checkouts, a Lock protects the free list
import threading

class Pool:
    def __init__(self, size):
        self.free = ["conn-%d" % i for i in range(size)]
        self.sem = threading.Semaphore(size)
        self.lock = threading.Lock()
        self.in_use = set()
        self.max_in_use = 0

    def acquire(self):
        self.sem.acquire()
        with self.lock:
            c = self.free.pop()
            self.in_use.add(c)
            self.max_in_use = max(self.max_in_use, len(self.in_use))
            return c

    def release(self, c):
        with self.lock:
            self.in_use.remove(c)
            self.free.append(c)
        self.sem.release()

pool = Pool(3)
usage = {}
ulock = threading.Lock()

def client(i):
    for _ in range(20):
        c = pool.acquire()
        try:
            with ulock:
                usage[c] = usage.get(c, 0) + 1
        finally:
            pool.release(c)

ts = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total checkouts:", sum(usage.values()))
print("connections used subset:", set(usage) <= {"conn-0", "conn-1", "conn-2"})
print("max in use <= 3:", pool.max_in_use <= 3)
print("all returned:", sorted(pool.free), pool.in_use)
print("semaphore has 3 permits:", [pool.sem.acquire(timeout=0.01) for _ in range(4)])
