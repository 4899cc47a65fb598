# compress/decompress round trips; compressed bytes must equal CPython's (same zlib).
import zlib

texts = [
    b"",
    b"a",
    b"hello world " * 50,
    bytes(range(256)) * 40,
    bytes((i * 7919 + i // 3) % 251 for i in range(20000)),
    b"".join(str(i).encode() + b"," for i in range(5000)),
]
for t in texts:
    for level in [-1, 0, 1, 2, 5, 6, 9]:
        c = zlib.compress(t, level)
        assert zlib.decompress(c) == t
        print(len(t), level, len(c), zlib.crc32(c), c[:12].hex())

t = texts[2]
print(zlib.compress(t))
print(zlib.compress(t, level=9) == zlib.compress(t, 9))
print(zlib.compress(bytearray(t)) == zlib.compress(t))

# window sizes: zlib header (9..15), raw deflate (-9..-15), gzip (25..31)
for wbits in [9, 12, 15, -9, -15, 25, 31]:
    c = zlib.compress(t, 6, wbits)
    print(wbits, c[:4].hex(), len(c), zlib.decompress(c, wbits) == t)
gz = zlib.compress(t, 6, 31)
print(zlib.decompress(gz, 47) == t, zlib.decompress(zlib.compress(t), 47) == t)
print(zlib.decompress(zlib.compress(t), 0) == t)
print(zlib.compress(b"", 9, 31))
print(zlib.compress(t, 1, 8) == zlib.compress(t, 1, 9))

# bufsize is only a starting size; trailing bytes after the stream are ignored
c = zlib.compress(t)
print(zlib.decompress(c, bufsize=1) == t, zlib.decompress(c, 15, 0) == t)
print(zlib.decompress(c + b"trailing") == t)
big = bytes(range(256)) * 4000
print(len(zlib.decompress(zlib.compress(big), bufsize=100)) == len(big))

# level 0 (stored blocks) is cut to the output room zlib is given: CPython's buffer steps
big0 = bytes(range(256)) * 2000
for level in [0, 1]:
    c = zlib.compress(big0, level)
    co = zlib.compressobj(level)
    s = co.compress(big0[:100000]) + co.compress(big0[100000:]) + co.flush()
    print(level, len(c), zlib.crc32(c), len(s), zlib.crc32(s), zlib.decompress(c) == big0 == zlib.decompress(s))
d = zlib.decompressobj()
pieces = []
buf = zlib.compress(big0, 0)
while buf:
    pieces.append(d.decompress(buf, 70000))
    buf = d.unconsumed_tail
print([len(p) for p in pieces], b"".join(pieces) == big0, d.eof)
