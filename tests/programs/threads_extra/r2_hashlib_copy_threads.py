# hashlib objects: copy() branches in threads, shared object updated under a lock, name/size attrs
import hashlib
import threading

base = hashlib.sha256(b"prefix-")
res = {}
lock = threading.Lock()
def branch(i):
    h = base.copy()
    for _ in range(100):
        h.update(str(i).encode())
    with lock:
        res[i] = h.hexdigest()[:16]
ts = [threading.Thread(target=branch, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
for i in range(6):
    exp = hashlib.sha256(b"prefix-" + str(i).encode() * 100).hexdigest()[:16]
    print(i, res[i], res[i] == exp)
print(base.hexdigest()[:16] == hashlib.sha256(b"prefix-").hexdigest()[:16])
shared = hashlib.md5()
def feed(chunk):
    for _ in range(50):
        with lock:
            shared.update(chunk)
ts = [threading.Thread(target=feed, args=(b"x",)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(shared.hexdigest() == hashlib.md5(b"x" * 200).hexdigest())
for name in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(name)
    print(h.name, h.digest_size, h.block_size)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
