# GIL lecture: worker pool with Queue and sentinels computing hashlib digests
import threading, queue, hashlib

NWORK = 4
jobs = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        job = jobs.get()
        if job is None:
            results.put(("exit", threading.current_thread().name))
            break
        idx, data = job
        h = hashlib.sha256(data).hexdigest()
        m = hashlib.md5(data).hexdigest()
        results.put(("res", idx, h[:16], m[:8]))

ws = [threading.Thread(target=worker, name=f"pool-{i}") for i in range(NWORK)]
for w in ws: w.start()
for i in range(20):
    jobs.put((i, f"payload-{i}".encode() * (i + 1)))
for _ in ws:
    jobs.put(None)
for w in ws: w.join()
got = []
exits = []
while not results.empty():
    r = results.get()
    (exits if r[0] == "exit" else got).append(r)
for r in sorted(got):
    print(r[1], r[2], r[3])
print(sorted(e[1] for e in exits))
print(all(r[2] == hashlib.sha256(f"payload-{r[1]}".encode() * (r[1] + 1)).hexdigest()[:16] for r in got))
