# compressing chunks with zlib in parallel threads and reassembling them in order
import threading
import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(5000))
chunk_size = len(text) // 6 + 1
chunks = [text[i:i + chunk_size] for i in range(0, len(text), chunk_size)]
compressed = [None] * len(chunks)
checks = [None] * len(chunks)

def compress(i):
    compressed[i] = zlib.compress(chunks[i], 6)
    checks[i] = zlib.crc32(chunks[i])

ts = [threading.Thread(target=compress, args=(i,)) for i in range(len(chunks))]
for t in ts:
    t.start()
for t in ts:
    t.join()
restored = b"".join(zlib.decompress(c) for c in compressed)
print("chunks", len(chunks))
print("round trip ok:", restored == text)
print("compressed smaller:", sum(map(len, compressed)) < len(text) // 5)
print("crc combine ok:", all(zlib.crc32(c) == k for c, k in zip(chunks, checks)))
print("same as serial:", compressed == [zlib.compress(c, 6) for c in chunks])
print("sizes", [len(c) for c in compressed])

# streaming compressobj per thread
streams = {}
def stream(name, level):
    co = zlib.compressobj(level)
    out = b""
    for c in chunks:
        out += co.compress(c)
    out += co.flush()
    streams[name] = (level, len(zlib.decompress(out)), zlib.adler32(out) == zlib.adler32(out))
ss = [threading.Thread(target=stream, args=("s%d" % l, l)) for l in (1, 5, 9)]
for t in ss:
    t.start()
for t in ss:
    t.join()
print(sorted(streams.items()))
