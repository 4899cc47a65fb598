# the lecture's example 3.1 with a smaller loop and no timings: the same Process and Thread
# calls, checking results instead of printing seconds
import multiprocessing
import threading

def cpu_heavy(out=None):
    total = 0
    for i in range(200_000):
        total += i
    if out is not None:
        out.append(total)
    return total

results = []
threads = [threading.Thread(target=cpu_heavy, args=(results,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("threads:", results)
procs = [multiprocessing.Process(target=cpu_heavy) for _ in range(4)]
for p in procs: p.start()
for p in procs: p.join()
print("processes:", [p.exitcode for p in procs], [p.name for p in procs])
