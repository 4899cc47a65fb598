# Known digests of every guaranteed algorithm, by constructor and by new().
import hashlib

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 20]

for name in sorted(hashlib.algorithms_guaranteed):
    ctor = getattr(hashlib, name)
    for data in inputs:
        h = ctor(data)
        if name.startswith("shake_"):
            print(name, len(data), h.hexdigest(20), h.digest(5))
        else:
            print(name, len(data), h.hexdigest())
            assert h.digest() == bytes.fromhex(h.hexdigest())
            assert hashlib.new(name, data).hexdigest() == h.hexdigest()

print(sorted(hashlib.algorithms_guaranteed))
print(type(hashlib.algorithms_guaranteed).__name__, type(hashlib.algorithms_available).__name__)
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for extra in ["sha512_224", "sha512_256"]:
    if extra in hashlib.algorithms_available:
        print(extra, hashlib.new(extra, b"abc").hexdigest())
