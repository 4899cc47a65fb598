# hashlib and zlib release the GIL for their work: threads hashing and compressing at once
# get the same results as doing it one after the other
import hashlib
import threading
import zlib

blobs = [bytes([i]) * (300_000 + 7 * i) for i in range(6)]
expected = [(hashlib.sha256(b).hexdigest(), zlib.crc32(b), len(zlib.compress(b, 6))) for b in blobs]

results = {}
lock = threading.Lock()
def work(i):
    b = blobs[i]
    h = hashlib.sha256()
    for k in range(0, len(b), 65536):
        h.update(b[k:k + 65536])
    c = zlib.compress(b, 6)
    assert zlib.decompress(c) == b
    with lock:
        results[i] = (h.hexdigest(), zlib.crc32(b), len(c))

ts = [threading.Thread(target=work, args=(i,)) for i in range(len(blobs))]
for t in ts: t.start()
for t in ts: t.join()
print([results[i] == expected[i] for i in range(len(blobs))])

# one hash object shared by threads (updates are serialised by the object's lock)
shared = hashlib.md5()
def feed(k):
    for _ in range(50):
        shared.update(b"a" * 4096)
ts = [threading.Thread(target=feed, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(shared.hexdigest() == hashlib.md5(b"a" * (4096 * 200)).hexdigest())

# a compressor object used by one thread at a time through a lock
co = zlib.compressobj()
parts = []
def comp(k):
    with lock:
        parts.append(co.compress(bytes([65 + k]) * 10000))
ts = [threading.Thread(target=comp, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
out = b"".join(parts) + co.flush()
print(sorted(set(zlib.decompress(out))), len(zlib.decompress(out)))
