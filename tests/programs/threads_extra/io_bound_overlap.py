# I/O-bound threads overlap: time.sleep releases the GIL, so 5 sleeps of 0.1 s take ~0.1 s
import threading
import time

def fake_download(results, i):
    time.sleep(0.1)
    results[i] = "page-%d" % i

results = [None] * 5
start = time.perf_counter()
ts = [threading.Thread(target=fake_download, args=(results, i)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.perf_counter() - start
print(results)
print("took less than 0.35s:", elapsed < 0.35)
print("took at least 0.1s:", elapsed >= 0.099)

start = time.monotonic()
time.sleep(0.02)
print("monotonic advanced:", time.monotonic() - start >= 0.019)
print("perf_counter_ns int:", isinstance(time.perf_counter_ns(), int))
