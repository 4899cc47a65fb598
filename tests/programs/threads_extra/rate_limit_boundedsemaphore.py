# BoundedSemaphore limits how many "downloads" run at once; over-release is an error
import threading
import time

limit = threading.BoundedSemaphore(3)
stats_lock = threading.Lock()
running = [0]
peak = [0]
done = []

def download(url):
    with limit:
        with stats_lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.01)
        with stats_lock:
            running[0] -= 1
            done.append(url)

ts = [threading.Thread(target=download, args=("http://example/%d" % i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("downloads", len(done))
print("peak concurrency", peak[0], "<= 3:", peak[0] <= 3)
print("first", sorted(done)[:3])

try:
    limit.release()
except ValueError as e:
    print(type(e).__name__, e)

plain = threading.Semaphore(1)
plain.release()
print("plain semaphore allows extra release; acquire twice:",
      plain.acquire(blocking=False), plain.acquire(blocking=False), plain.acquire(blocking=False))
