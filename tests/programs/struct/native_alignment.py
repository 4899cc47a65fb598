# Native (@ / no prefix) struct formats: sizes of every code incl. n N P, alignment padding, and pack/unpack round trips (64-bit Linux).
import struct

for code in "xcbB?hHiIlLqQnNefdspP":
    print(code, struct.calcsize(code), struct.calcsize("@" + code), struct.calcsize("=" + code) if code not in "nNP" else "-")

for fmt in ("bi", "ib", "bq", "qb", "bhb", "cd", "b0i", "b0q", "hh0q", "ci", "?P", "3sI", "bP", "5xq", "@bi", "=bi", "<bi"):
    print(repr(fmt), struct.calcsize(fmt))

print(struct.pack("bi", 1, 2))
print(struct.pack("ib", 1, 2))
print(struct.pack("b0i", 1))
print(struct.pack("hq", -1, -1))
print(struct.unpack("bq", struct.pack("bq", 5, 2**62)))
print(struct.pack("nN", -5, 2**64 - 1), struct.unpack("nN", struct.pack("nN", -5, 2**64 - 1)))
print(struct.pack("P", 0x1234), struct.unpack("P", struct.pack("P", 2**64 - 1)))
print(struct.pack("lL", -1, 2**64 - 1))
print(struct.pack("@?xh", True, 3))
for fmt, bad in (("<n", 1), (">N", 1), ("=P", 0)):
    try:
        struct.pack(fmt, bad)
    except struct.error as e:
        print(fmt, "->", e)
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(fmt, "calcsize ->", e)
