# struct.Struct objects: .size/.format, pack, unpack, unpack_from, pack_into a bytearray, iter_unpack, and module-level equivalents.
import struct

s = struct.Struct("<hIq")
print(s.format, s.size, type(s).__name__)
data = s.pack(-2, 3000000000, -(2**40))
print(data, s.unpack(data))
buf = bytearray(b"\xaa" * 20)
s.pack_into(buf, 3, 1, 2, 3)
print(buf)
print(s.unpack_from(buf, 3), s.unpack_from(buf, offset=3))
s.pack_into(buf, -14, 7, 8, 9)
print(buf, s.unpack_from(buf, -14))
struct.pack_into(">H", buf, 0, 0x0102)
print(buf[:4], struct.unpack_from(">H", buf), struct.unpack_from("<H", buf, 1))

# bytes format
sb = struct.Struct(b">2i")
print(sb.format, sb.size, sb.pack(1, -1))

# iter_unpack
it = struct.iter_unpack("<hh", bytes(range(12)))
print(type(it).__name__, list(it))
it2 = struct.Struct(">B").iter_unpack(b"\x01\x02\x03")
print(it2.__length_hint__(), next(it2), it2.__length_hint__(), list(it2), it2.__length_hint__())
print(list(struct.iter_unpack("<i", b"")))

# Struct with native alignment and padding
for fmt in ("@bq", "=bq", "3s2x?", "0s", "", "c c"):
    st = struct.Struct(fmt)
    print(repr(st.format), st.size)

# Struct errors
try:
    struct.Struct("k")
except struct.error as e:
    print("Struct('k'):", e)
try:
    s.pack(1, 2)
except struct.error as e:
    print("s.pack(1, 2):", e)
try:
    s.unpack(b"\x00" * 3)
except struct.error as e:
    print("s.unpack(3 bytes):", e)
try:
    s.size = 3
except AttributeError as e:
    print("set size:", type(e).__name__)
# equal formats produce identical output; Structs compare by identity
a, b = struct.Struct("<i"), struct.Struct("<i")
print(a.pack(5) == b.pack(5), a == a)

# round trips through many values
vals = [(-2**15, 0, -2**63), (2**15 - 1, 2**32 - 1, 2**63 - 1), (0, 1, -1)]
packed = b"".join(s.pack(*v) for v in vals)
print(len(packed), list(s.iter_unpack(packed)) == vals)
# unpack returns tuples even for one value
print(struct.unpack("<d", struct.pack("<d", 2.5)), struct.Struct("<?").unpack(b"\x01"))
