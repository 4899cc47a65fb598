# docs-style: BoundedSemaphore limiting concurrent connections, max observed <= limit
import threading, time

limit = threading.BoundedSemaphore(3)
cur = 0
peak = 0
lock = threading.Lock()
def conn(i):
    global cur, peak
    with limit:
        with lock:
            cur += 1
            peak = max(peak, cur)
        time.sleep(0.01)
        with lock:
            cur -= 1

ts = [threading.Thread(target=conn, args=(i,)) for i in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print("peak<=3:", peak <= 3, "cur:", cur)
try:
    limit.release()
except ValueError as e:
    print("ValueError:", e)
