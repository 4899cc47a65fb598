# a readers/writer lock built from a Condition: many readers at once, writers alone
import threading

class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writer = False

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer)
            self.readers += 1

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writer and self.readers == 0)
            self.writer = True

    def release_write(self):
        with self.cond:
            self.writer = False
            self.cond.notify_all()

rw = RWLock()
data = {"version": 0, "items": []}
violations = []
max_readers = [0]
state_lock = threading.Lock()
active = {"readers": 0, "writers": 0}

def reader(n):
    for _ in range(200):
        rw.acquire_read()
        with state_lock:
            active["readers"] += 1
            if active["writers"]:
                violations.append("reader saw writer")
            max_readers[0] = max(max_readers[0], active["readers"])
        v = data["version"]
        if len(data["items"]) != v:
            violations.append("torn read")
        with state_lock:
            active["readers"] -= 1
        rw.release_read()

def writer(n):
    for _ in range(100):
        rw.acquire_write()
        with state_lock:
            active["writers"] += 1
            if active["writers"] > 1 or active["readers"]:
                violations.append("writer not alone")
        data["items"].append(n)
        data["version"] += 1
        with state_lock:
            active["writers"] -= 1
        rw.release_write()

ts = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
ts += [threading.Thread(target=writer, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("version", data["version"])
print("items per writer", sorted((w, data["items"].count(w)) for w in set(data["items"])))
print("violations", violations)
print("readers overlapped at most", max_readers[0] <= 4)
