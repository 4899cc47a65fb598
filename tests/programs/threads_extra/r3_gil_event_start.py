# GIL lecture: Event-based start signal for N threads, all wait then run
import threading

N = 6
go = threading.Event()
ready = threading.Semaphore(0)
results = []
lock = threading.Lock()

def runner(i):
    ready.release()
    go.wait()
    with lock:
        results.append((i, i ** 3, go.is_set()))

ts = [threading.Thread(target=runner, args=(i,), name=f"runner-{i}") for i in range(N)]
for t in ts: t.start()
for _ in range(N):
    ready.acquire()
print("all ready, started yet:", len(results))
go.set()
for t in ts: t.join()
print(sorted(results))
print(go.is_set(), go.wait(0))
go.clear()
print(go.is_set(), go.wait(0.01))
