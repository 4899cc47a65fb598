# crc32 and adler32: start values, chaining, big buffers.
import zlib

for data in [b"", b"a", b"hello", bytearray(b"hello"), bytes(range(256)) * 100]:
    print(len(data), zlib.crc32(data), zlib.adler32(data))

print(zlib.crc32(b"hello", 0), zlib.crc32(b"hello", 12345), zlib.adler32(b"hello", 1), zlib.adler32(b"hello", 7))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"x", -1), zlib.crc32(b"x", 2**32), zlib.crc32(b"x", 2**64 + 5), zlib.adler32(b"hello", -3))
print(zlib.crc32(b"x", True), zlib.adler32(b"x", False))
big = b"z" * 100000
print(zlib.crc32(big), zlib.adler32(big))
