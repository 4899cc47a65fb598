# dict item assignment and deletion from several threads: no lost keys, final state exact
import threading

d = {}
start = threading.Event()

def writer(tid):
    start.wait()
    for i in range(5000):
        d[(tid, i)] = i * tid

threads = [threading.Thread(target=writer, args=(t,)) for t in range(6)]
for t in threads:
    t.start()
start.set()
for t in threads:
    t.join()
print(len(d))
print(all(d[(t, i)] == i * t for t in range(6) for i in range(5000)))

# threads deleting disjoint key sets
def deleter(tid):
    for i in range(0, 5000, 2):
        del d[(tid, i)]
threads = [threading.Thread(target=deleter, args=(t,)) for t in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), all(i % 2 == 1 for (_, i) in d))

# all threads writing the same keys: the dict never holds more than those keys
shared = {}
def overwrite(tid):
    for i in range(3000):
        shared[i % 100] = tid
threads = [threading.Thread(target=overwrite, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(shared) == list(range(100)), set(shared.values()) <= {0, 1, 2, 3})

# setdefault is atomic: every thread gets the same list object back
lists = []
box = {}
def grab():
    lists.append(box.setdefault("k", []))
threads = [threading.Thread(target=grab) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(lists), all(x is lists[0] for x in lists))
