# hmac with several digests (names, constructors, modules), long keys, copies, one-shot
# digest(), compare_digest and its errors; secrets' tokens, choices and bounds.
import hmac, hashlib, secrets
for key, msg, dm in [(b"key", b"The quick brown fox jumps over the lazy dog", "md5"), (b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256), (b"k" * 100, b"long key", "sha1"), (b"", b"", "sha512"), (bytearray(b"x"), b"msg", hashlib.sha3_256)]:
    h = hmac.new(key, msg, dm)
    print(h.hexdigest(), h.name, h.digest_size, h.block_size, hmac.digest(key, msg, dm) == h.digest())
h = hmac.new(b"secret", digestmod="sha256"); h.update(b"part1"); c = h.copy(); h.update(b"part2"); c.update(b"part2")
print(h.hexdigest() == c.hexdigest(), h.hexdigest() == hmac.new(b"secret", b"part1part2", "sha256").hexdigest())
for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"), (bytearray(b"x"), b"x")]:
    print(hmac.compare_digest(a, b))
for bad in [lambda: hmac.compare_digest("a", b"a"), lambda: hmac.compare_digest(1, 2.0), lambda: hmac.compare_digest(b"a", 3), lambda: hmac.new("str key", b"m", "md5"), lambda: hmac.new(b"k", b"m"), lambda: hmac.compare_digest("é", "é")]:
    try: bad()
    except TypeError as e: print("TypeError", e)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)), all(c in "0123456789abcdef" for c in secrets.token_hex()))
t = secrets.token_urlsafe(16); print(len(t), "=" in t)
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", 0 <= secrets.randbits(8) < 256, secrets.compare_digest(b"a", b"a"))
try: secrets.randbelow(0)
except ValueError as e: print("ValueError", e)
