# Compress and Decompress objects: flush modes, copies, max_length, unused data, eof.
import zlib

data = b"".join(b"line %d of the stream\n" % i for i in range(3000))

for level in [1, 6, 9]:
    co = zlib.compressobj(level)
    parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
    parts.append(co.flush())
    c = b"".join(parts)
    print(level, len(c), c == zlib.compress(data, level))

co = zlib.compressobj(6, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
c = co.compress(data) + co.flush()
print(len(c), zlib.decompress(c, -12) == data)
for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
    co = zlib.compressobj(strategy=strategy)
    c = co.compress(data) + co.flush()
    print("strategy", strategy, len(c), zlib.crc32(c))

# flush modes mid-stream
co = zlib.compressobj()
out = co.compress(b"first part ")
print(co.flush(zlib.Z_NO_FLUSH))
s = co.flush(zlib.Z_SYNC_FLUSH)
print(out + s)
out2 = co.compress(b"second part")
f = co.flush(zlib.Z_FULL_FLUSH)
print(out2 + f)
print(co.flush(), co.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
print(d.decompress(out + s), d.decompress(out2 + f))

# copy() forks a compressor
co = zlib.compressobj()
prefix = co.compress(b"shared prefix ")
cp = co.copy()
a = prefix + co.compress(b"ending A") + co.flush()
b = prefix + cp.compress(b"ending B") + cp.flush()
print(zlib.decompress(a), zlib.decompress(b))

# decompression in small pieces, with max_length and unconsumed_tail
c = zlib.compress(data)
d = zlib.decompressobj()
got = []
pos = 0
while pos < len(c):
    got.append(d.decompress(c[pos:pos + 100]))
    pos += 100
got.append(d.flush())
print(b"".join(got) == data, d.eof, d.unused_data, d.unconsumed_tail)

d = zlib.decompressobj()
chunk = d.decompress(c, 1000)
print(len(chunk), len(d.unconsumed_tail), d.eof)
total = [chunk]
while d.unconsumed_tail:
    total.append(d.decompress(d.unconsumed_tail, 5000))
print(b"".join(total) == data, d.eof, d.unconsumed_tail)

d = zlib.decompressobj()
print(len(d.decompress(c, 1)), len(d.unconsumed_tail) < len(c))
rest = d.flush()
print(len(rest), d.eof, d.unconsumed_tail)

# data after the end of the stream accumulates in unused_data
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"payload") + b"extra"), d.unused_data, d.eof)
print(d.decompress(b"more"), d.unused_data)

# copy() forks a decompressor
d = zlib.decompressobj()
half = len(c) // 2
first = d.decompress(c[:half])
d2 = d.copy()
x = d.decompress(c[half:])
y = d2.decompress(c[half:])
print(x == y, first + x == data, d2.eof)

# gzip and raw streams, automatic header detection, dictionaries
for wbits in [31, -15, 15]:
    co = zlib.compressobj(wbits=wbits)
    c = co.compress(data) + co.flush()
    d = zlib.decompressobj(wbits)
    print(wbits, d.decompress(c) == data, d.eof)
d = zlib.decompressobj(47)
print(d.decompress(zlib.compress(b"auto", 6, 31)), d.eof)
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"the lazy dog jumps over the quick brown fox") + co.flush()
print(c)
print(zlib.decompressobj(zdict=zd).decompress(c))
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(c))
co = zlib.compressobj(wbits=-15, zdict=zd)
c = co.compress(b"fox dog fox dog") + co.flush()
print(zlib.decompressobj(-15, zdict=zd).decompress(c))

print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__module__)
print(repr(zlib.compressobj()).startswith("<zlib.Compress object at 0x"))
