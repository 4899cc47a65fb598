"""hmac, written for gilpy: keyed-hash message authentication (RFC 2104) over hashlib's
digests, and compare_digest, which compares in time that does not depend on where the
inputs first differ."""

import hashlib as _hashlib

__all__ = ["new", "compare_digest", "digest", "HMAC", "digest_size"]

digest_size = None

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))


def compare_digest(a, b):
    """a == b for two str (ASCII only) or two bytes-like objects, in time that depends only
    on their lengths."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode("ascii"), b.encode("ascii")
    else:
        byteslike = (bytes, bytearray)
        if not isinstance(a, byteslike) and not isinstance(b, byteslike):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x in (a, b):
            if not isinstance(x, byteslike):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a, b = bytes(a), bytes(b)
    diff = len(a) ^ len(b)
    left = a if len(a) == len(b) else b
    for x, y in zip(left, b):
        diff |= x ^ y
    return diff == 0


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """An HMAC object: update() it with the message, then digest() or hexdigest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _digest_constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        key = bytes(key)
        if len(key) > block:
            key = make(key).digest()
        key = key.ljust(block, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _finished(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._finished().digest()

    def hexdigest(self):
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object for `key`, fed `msg` if given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` under `key` with the hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()
