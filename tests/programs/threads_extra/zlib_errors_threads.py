# workers decompress a batch of blobs; corrupt ones raise zlib.error, collected per item
import threading
import zlib

good = zlib.compress(b"hello world " * 50)
blobs = [good, b"not compressed at all", good[:-5], zlib.compress(b""), good[:10] + b"\x00" * 10 + good[20:]]
results = [None] * len(blobs)

def work(i):
    try:
        results[i] = ("ok", len(zlib.decompress(blobs[i])))
    except zlib.error as e:
        results[i] = ("zlib.error", str(e))

ts = [threading.Thread(target=work, args=(i,)) for i in range(len(blobs))]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print(r)

d = zlib.decompressobj()
part = d.decompress(good[:20])
rest = d.decompress(good[20:])
print("streamed:", len(part) + len(rest), d.eof, d.unused_data)
print("error is Exception:", issubclass(zlib.error, Exception))
try:
    zlib.compress(b"x", 10)
except zlib.error as e:
    print("zlib.error:", e)
