# collections/heapq: deque(maxlen) ring buffer and heap merge of per-thread results
import threading, heapq
from collections import deque, defaultdict

ring = deque(maxlen=5)
lock = threading.Lock()
parts = defaultdict(list)
def w(k):
    for i in range(k, 60, 4):
        heapq.heappush(parts[k], (i * 7) % 23)
        with lock:
            ring.append(k)
ts = [threading.Thread(target=w, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
sorted_parts = [[heapq.heappop(h) for _ in range(len(h))] for _, h in sorted(parts.items())]
merged = list(heapq.merge(*sorted_parts))
print(merged == sorted((i * 7) % 23 for i in range(60)), len(merged))
print(len(ring), ring.maxlen, heapq.nlargest(3, merged), heapq.nsmallest(2, merged))
