# a fixed pool of worker threads pulling jobs from a Queue; results keyed by job id
import threading
import queue

jobs = queue.Queue()
results = {}
results_lock = threading.Lock()
handled_by = {}

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def worker():
    name = threading.current_thread().name
    while True:
        job = jobs.get()
        try:
            if job is None:
                return
            job_id, n = job
            value = fib(n)
            with results_lock:
                results[job_id] = value
                handled_by.setdefault(name, 0)
                handled_by[name] += 1
        finally:
            jobs.task_done()

pool = [threading.Thread(target=worker, name="pool-%d" % i) for i in range(4)]
for t in pool:
    t.start()
for job_id in range(30):
    jobs.put((job_id, job_id * 3))
jobs.join()
for _ in pool:
    jobs.put(None)
for t in pool:
    t.join()
for job_id in sorted(results)[:6]:
    print(job_id, results[job_id])
print("jobs done:", len(results))
print("fib(87) =", results[29])
print("total handled:", sum(handled_by.values()))
print("workers named", sorted(t.name for t in pool))
print("handlers are pool threads:", all(n.startswith("pool-") for n in handled_by))
