# Hash objects: incremental updates, copies, attributes, reprs, data types accepted.
import hashlib

h = hashlib.sha256()
for chunk in [b"a", bytearray(b"bc"), b"", b"d" * 5000]:
    h.update(chunk)
print(h.hexdigest())
print(h.hexdigest() == hashlib.sha256(b"abc" + b"d" * 5000).hexdigest())

# copy() forks the state; the original goes on independently
c = h.copy()
c.update(b"more")
print(h.hexdigest()[:16], c.hexdigest()[:16])
print(c.hexdigest() == hashlib.sha256(b"abc" + b"d" * 5000 + b"more").hexdigest())
# digest() does not finish the object
print(h.digest() == h.digest(), h.hexdigest() == h.hexdigest())

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "shake_128", "blake2b", "blake2s"]:
    o = hashlib.new(name)
    print(name, o.name, o.digest_size, o.block_size, type(o).__name__, type(o).__module__)

print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print(repr(hashlib.shake_256()).startswith("<shake_256 _hashlib.HASHXOF object @ 0x"))
print(repr(hashlib.blake2b()).startswith("<_blake2.blake2b object at 0x"))
print(hashlib.blake2b, hashlib.blake2s)
print(hashlib.md5.__name__, hashlib.sha3_512.__name__, hashlib.new.__name__)
print(isinstance(hashlib.blake2s(), hashlib.blake2s), isinstance(hashlib.shake_128(), type(hashlib.md5())))

# keyword forms
print(hashlib.md5(string=b"abc").hexdigest())
print(hashlib.sha1(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("sha256", data=b"abc").hexdigest()[:16])
print(hashlib.new(name="md5").hexdigest())
print(hashlib.new("SHA256").name, hashlib.new("sha-256").name, hashlib.new("SHA3-256").name, hashlib.new("shake128").name)

# bytearray and subclasses of bytes are buffers
class B(bytes):
    pass
print(hashlib.md5(B(b"abc")).hexdigest() == hashlib.md5(bytearray(b"abc")).hexdigest())

# a big update, and small ones after it (the object then releases the GIL for all of them)
big = hashlib.sha512()
big.update(b"x" * 100000)
for i in range(10):
    big.update(bytes([i]))
print(big.hexdigest()[:32])
print(hashlib.md5(b"y" * 3000).hexdigest())

# SHAKE lengths
s = hashlib.shake_256(b"abc")
print(s.digest(0), s.hexdigest(0), len(s.digest(1000)), s.hexdigest(length=7))
print(s.copy().digest(16) == s.digest(16))
