import struct

b = struct.pack("<IhB", 1, -2, 255)
print(b, len(b))
print(struct.unpack("<IhB", b))
print(struct.pack(">I", 0x01020304), struct.pack("<I", 0x01020304))
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("<bi"))
print(struct.pack("<d", 1.5), struct.unpack("<d", struct.pack("<d", -2.25)))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"))
print(struct.pack("?x?", True, False))
print(struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("<2H", 1, 2), struct.unpack("<4B", b"\x01\x02\x03\x04"))
s = struct.Struct("<hh")
print(s.size, s.format, s.pack(3, 4), s.unpack(b"\x05\x00\x06\x00"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 7)
print(buf, struct.unpack_from("<I", buf, 2))
print(struct.pack("!H", 80), struct.pack("c", b"z"))
for fmt, val in [("<B", 256), ("<b", 200), ("<h", 40000), ("<I", -1)]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("error", fmt, e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("error", e)
try:
    struct.pack("<I", "x")
except struct.error as e:
    print("error", e)
try:
    struct.pack("<II", 1)
except struct.error as e:
    print("error", e)
print(struct.pack("<e", 1.5))
