import hashlib
import struct
import zlib
import uuid
import binascii

msg = b"The quick brown fox jumps over the lazy dog"
print(hashlib.md5(msg).hexdigest())
print(hashlib.sha1(msg).hexdigest())
print(hashlib.sha256(msg).hexdigest())
h = hashlib.sha256()
h.update(b"The quick brown fox ")
h.update(b"jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), h.digest_size, h.name, len(h.digest()))
print(hashlib.new("md5", b"").hexdigest(), hashlib.sha512(b"abc").hexdigest()[:32])
print(zlib.crc32(msg), zlib.adler32(msg), binascii.crc32(b"hello"), hex(zlib.crc32(b"")))
comp = zlib.compress(msg * 10)
print(len(msg * 10), zlib.decompress(comp) == msg * 10)
packed = struct.pack("<iHf3sx?", -2, 65535, 1.5, b"abc", True)
print(packed, len(packed), struct.calcsize("<iHf3sx?"), struct.calcsize("iHd"))
print(struct.unpack("<iHf3sx?", packed))
print(struct.pack(">I", 1), struct.pack("!h", -2), struct.unpack(">Q", b"\x00" * 7 + b"\x2a"), struct.pack("<d", 0.1).hex())
rec = struct.Struct("<10sIf")
data = b"".join(rec.pack(n.encode(), i, i / 4) for i, n in enumerate(["ann", "bob"]))
for off in range(0, len(data), rec.size):
    name, idx, val = rec.unpack_from(data, off)
    print(name.rstrip(b"\0").decode(), idx, val)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
try:
    struct.pack("b", 200)
except struct.error as e:
    print("struct.error:", e)
ns = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(ns, ns.version, ns.hex, uuid.UUID("12345678123456781234567812345678"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hi"))
