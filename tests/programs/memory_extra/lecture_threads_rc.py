# Threads holding references to shared objects
import sys
import threading

class Job:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("job", self.n, "freed")

job = Job(1)
b0 = sys.getrefcount(job)
started = threading.Event()
release = threading.Event()
seen = []

def worker(j):
    seen.append(sys.getrefcount(j) > 2)
    started.set()
    release.wait()

t = threading.Thread(target=worker, args=(job,))
print("thread object holds args:", sys.getrefcount(job) - b0)
t.start()
started.wait()
print("worker saw extra refs:", seen)
release.set()
t.join()
print("after join (thread drops target/args):", sys.getrefcount(job) - b0)
del t
print("thread object gone:", sys.getrefcount(job) - b0)

lock = threading.Lock()
counter = {"value": 0}

def add(n):
    for _ in range(n):
        with lock:
            counter["value"] += 1

threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("counter:", counter["value"])

def make_and_drop(k):
    j = Job(k)
    del j

t2 = threading.Thread(target=make_and_drop, args=(2,))
t2.start()
t2.join()
print("main: releasing job 1")
del job
print("end")
