# threading.Barrier: parties, n_waiting, wait() indices, action run once per generation, reuse
import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)

indices = []
phases = []
lock = threading.Lock()
def worker(name):
    for phase in range(2):
        i = b.wait()
        with lock:
            indices.append(i)
            phases.append((phase, name))

ts = [threading.Thread(target=worker, args=(n,)) for n in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))
print(sorted(phases))
print(actions, b.n_waiting, b.broken)

# n_waiting counts threads blocked in wait()
b2 = threading.Barrier(3)
def enter():
    b2.wait()
first = [threading.Thread(target=enter) for _ in range(2)]
for t in first:
    t.start()
while b2.n_waiting < 2:
    first[0].join(0.005)
print("waiting:", b2.n_waiting)
print("main index:", b2.wait() in (0, 1, 2))
for t in first:
    t.join()
print("after release:", b2.n_waiting, b2.broken)

# a one-party barrier never blocks
single = threading.Barrier(1, action=lambda: print("single action"))
print(single.wait(), single.wait())
