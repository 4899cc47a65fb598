# hashlib: several algorithms computed concurrently, one shared hasher updated under a lock
import threading, hashlib

algos = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_256"]
out = {}
def run(name):
    h = hashlib.new(name)
    for i in range(200):
        h.update(b"%d," % i)
    out[name] = (h.name, h.digest_size, h.block_size, h.hexdigest()[:12])
ts = [threading.Thread(target=run, args=(a,)) for a in algos]
for t in ts: t.start()
for t in ts: t.join()
for a in algos:
    print(a, out[a])
shared = hashlib.sha256()
lock = threading.Lock()
def feed(k):
    for i in range(100):
        with lock:
            shared.update(b"x")
ts = [threading.Thread(target=feed, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(shared.hexdigest() == hashlib.sha256(b"x" * 400).hexdigest())
print(hashlib.blake2b(b"abc", digest_size=16, key=b"k").hexdigest())
