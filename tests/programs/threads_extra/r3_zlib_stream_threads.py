# zlib: streaming compressobj/decompressobj across producer and consumer threads
import threading, queue, zlib, hashlib

q = queue.Queue()
src = b"".join(hashlib.sha1(str(i).encode()).digest() * 3 for i in range(400))
def comp():
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    for i in range(0, len(src), 1000):
        chunk = co.compress(src[i:i + 1000])
        if chunk:
            q.put(chunk)
    q.put(co.flush())
    q.put(None)
got = []
def decomp():
    do = zlib.decompressobj(-15)
    while (c := q.get()) is not None:
        got.append(do.decompress(c))
    got.append(do.flush())
    got.append(do.eof)
a = threading.Thread(target=comp); b = threading.Thread(target=decomp)
b.start(); a.start(); a.join(); b.join()
data = b"".join(got[:-1])
print(len(src), len(data), data == src, got[-1])
print(zlib.adler32(data), zlib.crc32(data) == zlib.crc32(src))
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("zlib.error", e)
