# GIL lecture: pipeline with zlib compress and decompress in separate threads
import threading, queue, zlib

raw_q = queue.Queue(maxsize=3)
comp_q = queue.Queue(maxsize=3)
out = []
STOP = object()

def producer():
    for i in range(12):
        raw_q.put((i, (b"block%03d " % i) * (50 + i)))
    raw_q.put(STOP)

def compressor():
    while (item := raw_q.get()) is not STOP:
        i, data = item
        comp_q.put((i, zlib.compress(data, 6), len(data), zlib.crc32(data)))
    comp_q.put(STOP)

def decompressor():
    while (item := comp_q.get()) is not STOP:
        i, c, n, crc = item
        d = zlib.decompress(c)
        out.append((i, len(c), n, len(d) == n, zlib.crc32(d) == crc))

ts = [threading.Thread(target=f) for f in (producer, compressor, decompressor)]
for t in ts: t.start()
for t in ts: t.join()
for row in out:
    print("blk {0:2d}: {1:4d} -> {2:5d} ok={3} crc={4}".format(*row))
print(len(out), [r[0] for r in out] == list(range(12)))
