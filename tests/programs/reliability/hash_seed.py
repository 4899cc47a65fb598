# hashes that are fixed under PYTHONHASHSEED=0 (the test harness sets it), plus the
# numeric hashes that never depend on the seed
import os
import sys

print("seed env", os.environ.get("PYTHONHASHSEED"), "randomization flag", sys.flags.hash_randomization)
info = sys.hash_info
print("hash_info", info.width, info.modulus, info.inf, info.nan, info.imag, info.algorithm, info.hash_bits, info.seed_bits, info.cutoff)

texts = ["", "a", "abc", "abcd", "hello world", "é", "日本", "😀", "a" * 100, "x\0y"]
for s in texts:
    print("str", ascii(s[:12]), hash(s))
blobs = [b"", b"a", b"abc", b"\x00", b"\xff" * 7, bytes(range(32))]
for b in blobs:
    print("bytes", b[:8], hash(b))
# equal str and bytes for ASCII hash the same; bytearray is unhashable; memoryview follows bytes
print("str==bytes hash", hash("abc") == hash(b"abc"), hash("") == hash(b""))
print("memoryview", hash(memoryview(b"abc")) == hash(b"abc"))
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print("bytearray", type(e).__name__, e)

print("tuple", hash(()), hash(("abc",)), hash(("abc", b"abc", 1)), hash((1, 2, 3)), hash(((1, 2), (3,))))
print("frozenset", hash(frozenset()), hash(frozenset({"abc"})), hash(frozenset({1, 2, 3})), hash(frozenset({"a", "b"})))
print("frozenset order free", hash(frozenset([3, 1, 2])) == hash(frozenset([1, 2, 3])))

ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -2**64, 10**30, -(10**30), 2**1000]
for i in ints:
    print("int", i if abs(i) < 10**20 else "big", hash(i))
print("bool", hash(True), hash(False))
floats = [0.0, -0.0, 0.5, 1.5, -1.0, 1e300, 1e-300, float("inf"), float("-inf"), 3.141592653589793]
for f in floats:
    print("float", f, hash(f))
print("float==int", hash(2.0) == hash(2), hash(1e20) == hash(10**20))
print("complex", hash(complex(1, 0)), hash(1j), hash(complex(2, 3)), hash(complex(-1, 0)))
from fractions import Fraction
from decimal import Decimal
print("fraction", hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)), hash(Fraction(-1, 1)))
print("decimal", hash(Decimal("0.5")) == hash(0.5), hash(Decimal(7)), hash(Decimal("-1")))
print("none-like", hash(None) == hash(None), hash(...) == hash(Ellipsis))

# a user __hash__ returning -1 is turned into -2; huge results are reduced
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print("user", hash(H(-1)), hash(H(2**64)), hash(H(-2**64)), hash(H(10**30)))
for bad in (1.5, "x"):
    try:
        hash(H(bad))
    except TypeError as e:
        print("user bad", type(e).__name__, e)

# set and dict iteration order of str keys depends on the hash seed
print("set order", list({"apple", "banana", "cherry", "date", "elder", "fig"}))
print("frozenset order", list(frozenset("gilpy")))
