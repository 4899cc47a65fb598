# time.monotonic/perf_counter never go backwards across threads; sleep(0) yields
import threading
import time

stamps = []
lock = threading.Lock()
def worker():
    last = time.monotonic()
    ok = True
    for _ in range(2000):
        now = time.monotonic()
        ok = ok and now >= last
        last = now
        if _ % 100 == 0:
            time.sleep(0)
    with lock:
        stamps.append(ok)
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(stamps)
a = time.perf_counter(); time.sleep(0.02); b = time.perf_counter()
print(b - a >= 0.019)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
order = []
def sleeper(d, tag):
    time.sleep(d)
    with lock:
        order.append(tag)
ts = [threading.Thread(target=sleeper, args=(d, t)) for d, t in ((0.15, "c"), (0.05, "a"), (0.1, "b"))]
for t in ts: t.start()
for t in ts: t.join()
print(order)
