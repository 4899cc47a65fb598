# BLAKE2 parameters: digest size, key, salt, person, tree parameters, class constants.
import hashlib

for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    print(cls(b"abc").hexdigest())
    print(cls(b"abc", digest_size=16).hexdigest(), cls(digest_size=1).digest_size)
    print(cls(b"msg", key=b"secret").hexdigest())
    print(cls(b"msg", key=b"k" * cls.MAX_KEY_SIZE).hexdigest())
    print(cls(b"msg", salt=b"s" * cls.SALT_SIZE, person=b"p" * cls.PERSON_SIZE).hexdigest())
    print(cls(b"msg", salt=b"short", person=bytearray(b"me")).hexdigest())
    print(cls(b"leaf", fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=cls.MAX_DIGEST_SIZE // 2, last_node=True).hexdigest())
    print(cls(fanout=0, depth=255, node_depth=255, inner_size=0).hexdigest()[:16])
    print(cls(usedforsecurity=False).hexdigest() == cls().hexdigest())
    h = cls(b"ab", digest_size=20, key=b"kk")
    h.update(b"cd")
    c = h.copy()
    c.update(b"ef")
    print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
    print(hashlib.new(cls.__name__, b"abcd", digest_size=20, key=b"kk").hexdigest() == h.hexdigest())

print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest()[:16])
print(hashlib.blake2s(node_offset=2**48 - 1, leaf_size=2**32 - 1).hexdigest()[:16])
