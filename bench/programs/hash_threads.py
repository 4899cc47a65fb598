# Native work that releases the GIL: two threads hash 2 x 640 MB between them (SHA-256,
# 64 MB buffers). With the GIL released around each update they run in parallel.

import hashlib
import threading

data = b"gilpy" * ((64 << 20) // 5)
digests = []


def work():
    h = hashlib.sha256()
    for _ in range(10):
        h.update(data)
    digests.append(h.hexdigest())


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(digests))
