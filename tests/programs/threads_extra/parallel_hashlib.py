# hashing several "files" in parallel threads with hashlib; results match a serial run
import threading
import hashlib

files = {}
for i in range(8):
    files["file%d.bin" % i] = bytes((i * 7 + j) % 256 for j in range(20000 + i * 1000))

def digest(name, data, algo, out):
    h = hashlib.new(algo)
    for start in range(0, len(data), 4096):
        h.update(data[start:start + 4096])
    out[(name, algo)] = h.hexdigest()

parallel = {}
ts = []
for name, data in files.items():
    for algo in ("md5", "sha1", "sha256"):
        ts.append(threading.Thread(target=digest, args=(name, data, algo, parallel)))
for t in ts:
    t.start()
for t in ts:
    t.join()

serial = {}
for name, data in files.items():
    for algo in ("md5", "sha1", "sha256"):
        serial[(name, algo)] = hashlib.new(algo, data).hexdigest()

print("digests:", len(parallel))
print("parallel == serial:", parallel == serial)
for key in sorted(parallel)[:3]:
    print(key, parallel[key])

shared = hashlib.sha256()
lock = threading.Lock()
def feed(chunk):
    with lock:
        shared.update(chunk)
chunks = [bytes([k]) * 1000 for k in range(4)]
fs = [threading.Thread(target=feed, args=(c,)) for c in chunks]
for t in fs:
    t.start()
for t in fs:
    t.join()
print("shared hash length", len(shared.hexdigest()), shared.name, shared.digest_size)
