# GIL lecture: lock-protected counter, with/acquire-release forms, exact final value
import threading

class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()
    def incr(self):
        with self._lock:
            tmp = self.value
            tmp += 1
            self.value = tmp
    def incr2(self):
        self._lock.acquire()
        try:
            self.value = self.value + 1
        finally:
            self._lock.release()

c = Counter()
def work(n):
    for i in range(n):
        if i % 2:
            c.incr()
        else:
            c.incr2()

ts = [threading.Thread(target=work, args=(10000,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("final", c.value, c.value == 50000)
print("locked after", c._lock.locked())
